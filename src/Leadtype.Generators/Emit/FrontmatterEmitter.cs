using System.Globalization;
using Leadtype.Collections;
using Leadtype.Generators.Model;

namespace Leadtype.Generators.Emit;

/// <summary>Writes frontmatter data as a <c>Leadtype.DocFrontmatter</c> construction expression.</summary>
internal static class FrontmatterEmitter
{
    private const string Frontmatter = "global::Leadtype.DocFrontmatter";
    private const string KeyValue = "global::System.Collections.Generic.KeyValuePair<string, object?>";

    public static void Append(SourceWriter writer, EquatableArray<FrontmatterEntryModel> entries)
    {
        if (entries.Count == 0)
        {
            writer.Append(Frontmatter + ".Empty");
            return;
        }

        writer.Append("new " + Frontmatter + "(new " + KeyValue + "[] { ");
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                writer.Append(", ");
            }

            writer.Append("new " + KeyValue + "(").Append(CSharpLiteral.String(entries[i].Key)).Append(", ");
            AppendValue(writer, entries[i].Value);
            writer.Append(')');
        }

        writer.Append(" })");
    }

    private static void AppendValue(SourceWriter writer, FrontmatterValueModel value)
    {
        switch (value.Kind)
        {
            case FrontmatterValueKind.String:
                writer.Append(CSharpLiteral.String(value.Text));
                break;
            case FrontmatterValueKind.Boolean:
                writer.Append(value.Text == "true" ? "true" : "false");
                break;
            case FrontmatterValueKind.Integer:
                writer.Append(long.TryParse(value.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer)
                    ? integer.ToString(CultureInfo.InvariantCulture) + "L"
                    : CSharpLiteral.String(value.Text));
                break;
            case FrontmatterValueKind.Number:
                AppendDouble(writer, value.Text);
                break;
            case FrontmatterValueKind.List:
                if (value.Items.Count == 0)
                {
                    writer.Append("global::System.Array.Empty<object?>()");
                    break;
                }

                writer.Append("new object?[] { ");
                for (var i = 0; i < value.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        writer.Append(", ");
                    }

                    AppendValue(writer, value.Items[i]);
                }

                writer.Append(" }");
                break;
            case FrontmatterValueKind.Map:
                var entries = new FrontmatterEntryModel[value.Keys.Count];
                for (var i = 0; i < entries.Length; i++)
                {
                    entries[i] = new FrontmatterEntryModel(value.Keys[i], value.Items[i]);
                }

                Append(writer, new EquatableArray<FrontmatterEntryModel>(entries));
                break;
            default:
                writer.Append("null");
                break;
        }
    }

    private static void AppendDouble(SourceWriter writer, string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            writer.Append(CSharpLiteral.String(text));
        }
        else if (double.IsNaN(number))
        {
            writer.Append("double.NaN");
        }
        else if (double.IsPositiveInfinity(number))
        {
            writer.Append("double.PositiveInfinity");
        }
        else if (double.IsNegativeInfinity(number))
        {
            writer.Append("double.NegativeInfinity");
        }
        else
        {
            writer.Append(number.ToString("R", CultureInfo.InvariantCulture) + "D");
        }
    }
}
