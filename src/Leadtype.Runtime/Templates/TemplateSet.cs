using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Threading;

namespace Leadtype.Templates;

/// <summary>
/// The template for each text artifact: the embedded default, or the user's override. Defaults are
/// parsed once per process; overrides once per run. Renderers take their template from here and
/// never read files — the pipeline reads override files and passes their text in.
/// </summary>
public sealed class TemplateSet
{
    private static readonly Lazy<TemplateSet> DefaultSet = new(LoadDefaults, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every text artifact, in declaration order.</summary>
    public static readonly TextArtifact[] All =
    {
        TextArtifact.LlmsTxt, TextArtifact.DocsLlmsTxt, TextArtifact.LlmsFullTxt, TextArtifact.AgentsMd, TextArtifact.SitemapMd, TextArtifact.SkillMd,
    };

    private readonly Dictionary<TextArtifact, ArtifactTemplate> _templates;

    private TemplateSet(Dictionary<TextArtifact, ArtifactTemplate> templates) => _templates = templates;

    /// <summary>The built-in templates (the reference's layouts).</summary>
    public static TemplateSet Default => DefaultSet.Value;

    public ArtifactTemplate this[TextArtifact artifact] => _templates[artifact];

    /// <summary>
    /// The defaults with some artifacts replaced. Each override is the template text and the path it
    /// was read from (for LT0108 locations).
    /// </summary>
    /// <exception cref="TemplateException">An override does not parse.</exception>
    public TemplateSet WithOverrides(IEnumerable<(TextArtifact Artifact, string Text, string FilePath)> overrides)
    {
        var templates = new Dictionary<TextArtifact, ArtifactTemplate>(_templates);
        foreach (var (artifact, text, filePath) in overrides)
        {
            templates[artifact] = ArtifactTemplate.Parse(artifact, text, filePath);
        }

        return new TemplateSet(templates);
    }

    /// <summary>
    /// These templates with the built-in ones rendering through <paramref name="memo"/>, which skips a render
    /// whose template and model are those of a render it remembers (overrides always render).
    /// </summary>
    public TemplateSet WithMemo(RenderMemo memo)
    {
        ArgumentNullException.ThrowIfNull(memo);
        var templates = new Dictionary<TextArtifact, ArtifactTemplate>(_templates.Count);
        foreach (var (artifact, template) in _templates)
        {
            templates[artifact] = template.WithMemo(memo);
        }

        return new TemplateSet(templates);
    }

    /// <summary>The text of a default template, for users who want to start an override from it.</summary>
    public static string DefaultText(TextArtifact artifact)
    {
        var name = "Leadtype.Templates.Defaults." + TextArtifactNames.DefaultTemplateFile(artifact);
        using var stream = typeof(TemplateSet).GetTypeInfo().Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Missing embedded template " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static TemplateSet LoadDefaults()
    {
        var templates = new Dictionary<TextArtifact, ArtifactTemplate>();
        foreach (var artifact in All)
        {
            templates[artifact] = ArtifactTemplate.Parse(artifact, DefaultText(artifact), "embedded:" + TextArtifactNames.DefaultTemplateFile(artifact), isDefault: true);
        }

        return new TemplateSet(templates);
    }
}
