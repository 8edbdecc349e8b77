using System.Collections.Generic;
using Leadtype.Placeholders;

namespace Leadtype.Frontmatter;

/// <summary>Resolves doc placeholders in every string of frontmatter data, recursing into maps and sequences (§2.5); dates and other scalars are untouched.</summary>
public static class FrontmatterPlaceholderResolver
{
    public static YamlValue Resolve(YamlValue value, PlaceholderContext context)
    {
        switch (value)
        {
            case YamlString s:
                var resolved = DocPlaceholders.Resolve(s.Value, context);
                return ReferenceEquals(resolved, s.Value) ? s : new YamlString(resolved);
            case YamlSequence sequence:
            {
                var changed = false;
                var items = new List<YamlValue>(sequence.Count);
                foreach (var item in sequence.Items)
                {
                    var next = Resolve(item, context);
                    changed |= !ReferenceEquals(next, item);
                    items.Add(next);
                }

                return changed ? new YamlSequence(items) : sequence;
            }

            case YamlMap map:
            {
                var changed = false;
                var entries = new List<KeyValuePair<string, YamlValue>>(map.Count);
                foreach (var entry in map.Entries)
                {
                    var next = Resolve(entry.Value, context);
                    changed |= !ReferenceEquals(next, entry.Value);
                    entries.Add(new KeyValuePair<string, YamlValue>(entry.Key, next));
                }

                return changed ? new YamlMap(entries) : map;
            }

            default:
                return value;
        }
    }
}
