// Minimal stand-in for the component dispatcher the `components` branch provides (Flatten/). Same names and namespaces, so the converter compiles against their API;
// this file is deleted when that branch is merged.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Leadtype.Diagnostics;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten
{
    internal sealed class FlattenContext
    {
        public FlattenContext(string filePath, ICollection<DocsDiagnostic> diagnostics)
        {
            FilePath = filePath;
            Diagnostics = diagnostics;
        }

        public string FilePath { get; }

        public ICollection<DocsDiagnostic> Diagnostics { get; }
    }

    internal static class ComponentDispatcher
    {
        public static void Flatten(MdRoot root, FlattenContext context)
        {
        }
    }
}
