using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Leadtype.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Leadtype.Generators.Tests;

/// <summary>
/// Models cached between runs must hold plain values only: a symbol, compilation, syntax node,
/// location or additional text inside one roots old compilations and defeats caching
/// (System.Text.Json's SourceGenModelDoesNotEncapsulateSymbolsOrCompilationData, adapted).
/// </summary>
public sealed class ModelWalkerTests
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(Compilation), typeof(SemanticModel), typeof(SyntaxNode), typeof(SyntaxTree),
        typeof(Location), typeof(AdditionalText), typeof(SourceText), typeof(AnalyzerConfigOptions),
        typeof(AnalyzerConfigOptionsProvider), typeof(Diagnostic),
    };

    [Fact]
    public void No_named_step_output_holds_compiler_objects()
    {
        var project = SampleDocs.Create().Page("bad.mdx", "---\ntitle: [oops\n---\n\n[x](/docs/missing)\n");
        var result = GeneratorHarness.Run(project).Result.Results[0];

        var stepNames = typeof(StepNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        var walked = 0;
        foreach (var name in stepNames)
        {
            if (!result.TrackedSteps.TryGetValue(name, out var steps))
            {
                continue;
            }

            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Walk(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
                walked++;
            }
        }

        Assert.True(walked > 10, "expected the named steps to produce outputs");
        Assert.Contains(StepNames.ParsePage, result.TrackedSteps.Keys);
        Assert.Contains(StepNames.BuildSite, result.TrackedSteps.Keys);
    }

    [Fact]
    public void Walker_catches_a_location_hidden_in_a_model()
    {
        var poisoned = new { Inner = new List<object> { "fine", Location.None } };

        Assert.ThrowsAny<Exception>(() => Walk(poisoned, "test", new HashSet<object>(ReferenceEqualityComparer.Instance)));
    }

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is Enum || value is decimal)
        {
            return;
        }

        var type = value.GetType();
        foreach (var forbidden in Forbidden)
        {
            Assert.False(forbidden.IsAssignableFrom(type), $"{path} holds a {type.FullName}");
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                Walk(item, path + "[" + i++ + "]", seen);
            }
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + field.Name, seen);
            }
        }
    }
}
