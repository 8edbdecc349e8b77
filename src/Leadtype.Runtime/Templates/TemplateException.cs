using System;
using Leadtype.Diagnostics;

namespace Leadtype.Templates;

/// <summary>A template that does not parse or fails while rendering; <see cref="Diagnostic"/> is LT0108 located in the template file.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(DocsDiagnostic diagnostic, Exception? inner = null)
        : base(diagnostic.ToCompilerString(), inner) => Diagnostic = diagnostic;

    public DocsDiagnostic Diagnostic { get; }
}
