using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Leadtype.Generators.Benchmarks;

[MemoryDiagnoser]
// In-process: the generator's Core dependency reaches the process the way tests load it.
[InProcess]
[WarmupCount(2)]
[IterationCount(6)]
public class GeneratorBenchmarks
{
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _warmEmbedded = null!;
    private Compilation _withIndex = null!;
    private Compilation _withoutIndex = null!;
    private GeneratorDriver _warmHeading = null!;
    private bool _flip;
    private bool _flipEmbedded;
    private bool _flipHeading;

    [Params(300, 3000)]
    public int Pages { get; set; }

    internal GeneratorFixture Fixture { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        Fixture = new GeneratorFixture(Pages);
        _warm = Fixture.CreateDriver(GeneratorFixture.Index.Default).RunGenerators(Fixture.Compilation);
        _warmEmbedded = Fixture.CreateDriver(GeneratorFixture.Index.Always).RunGenerators(Fixture.Compilation);
        _warmHeading = Fixture.CreateDriver(GeneratorFixture.Index.Default).RunGenerators(Fixture.Compilation);
        Fixture.CreateDriver(GeneratorFixture.Index.Always).RunGeneratorsAndUpdateCompilation(Fixture.Compilation, out _withIndex, out _);
        Fixture.CreateDriver(GeneratorFixture.Index.Never).RunGeneratorsAndUpdateCompilation(Fixture.Compilation, out _withoutIndex, out _);
        Console.WriteLine($"// pages={Pages} generated source (with index): {Size(_withIndex):N0} chars; without index: {Size(_withoutIndex):N0} chars");
    }

    /// <summary>First build with the default options: every page parsed, the site merged, the index built when it is embedded, the source emitted.</summary>
    [Benchmark]
    public GeneratorDriver FullRun() => Fixture.CreateDriver(GeneratorFixture.Index.Default).RunGenerators(Fixture.Compilation);

    /// <summary>Second build after editing one page's prose on a warm driver (the IDE / incremental case), default options.</summary>
    [Benchmark]
    public GeneratorDriver EditOnePage()
    {
        // Alternate between the two versions so every iteration is a real edit.
        _flip = !_flip;
        _warm = _flip ? _warm.ReplaceAdditionalText(Fixture.Original, Fixture.Edited) : _warm.ReplaceAdditionalText(Fixture.Edited, Fixture.Original);
        return _warm = _warm.RunGenerators(Fixture.Compilation);
    }

    /// <summary>Adding a heading to one page (default options): the page's outline changes, so the site step reruns and the manifest is emitted again.</summary>
    [Benchmark]
    public GeneratorDriver AddHeadingToOnePage()
    {
        _flipHeading = !_flipHeading;
        _warmHeading = _flipHeading ? _warmHeading.ReplaceAdditionalText(Fixture.Original, Fixture.WithHeading) : _warmHeading.ReplaceAdditionalText(Fixture.WithHeading, Fixture.Original);
        return _warmHeading = _warmHeading.RunGenerators(Fixture.Compilation);
    }

    /// <summary>The same edit with the size limit raised, so the index is merged, encoded and re-emitted every time.</summary>
    [Benchmark]
    public GeneratorDriver EditOnePageIndexEmbedded()
    {
        _flipEmbedded = !_flipEmbedded;
        _warmEmbedded = _flipEmbedded ? _warmEmbedded.ReplaceAdditionalText(Fixture.Original, Fixture.Edited) : _warmEmbedded.ReplaceAdditionalText(Fixture.Edited, Fixture.Original);
        return _warmEmbedded = _warmEmbedded.RunGenerators(Fixture.Compilation);
    }

    /// <summary>The consuming project's compile (emit) including the generated code and the embedded index (limit raised).</summary>
    [Benchmark]
    public bool CompileWithEmbeddedIndex() => Emit(_withIndex);

    /// <summary>The same compile with <c>LeadtypeEmbedSearchIndex=false</c>.</summary>
    [Benchmark]
    public bool CompileWithoutEmbeddedIndex() => Emit(_withoutIndex);

    private static bool Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return result.Success;
    }

    private static long Size(Compilation compilation) => compilation.SyntaxTrees.Sum(t => (long)t.Length);
}
