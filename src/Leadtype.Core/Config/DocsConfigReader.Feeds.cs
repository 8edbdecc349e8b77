using System;
using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Json;

namespace Leadtype.Config;

public static partial class DocsConfigReader
{
    private static EquatableArray<FeedConfig> ReadFeeds(ConfigReadContext context, JsonObject root)
    {
        var array = context.AsArray(root["feeds"], "feeds", "an array of feed entries");
        if (array is null)
        {
            return default;
        }

        var feeds = new List<FeedConfig>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Items.Count; i++)
        {
            var feedPath = ConfigReadContext.Index("feeds", i);
            if (array.Items[i] is not JsonObject obj)
            {
                context.TypeError(array.Items[i], feedPath, "an object");
                continue;
            }

            context.CheckMembers(obj, feedPath, ConfigShapes.Feed);
            var ok = true;
            var id = context.RequiredString(obj, feedPath, "id", " (it names the feed in the --json summary)", nonEmpty: true);
            if (id is not null && !ids.Add(id))
            {
                context.Error(obj["id"]!, "duplicate feed id \"" + id + "\" at `" + ConfigReadContext.Member(feedPath, "id") + "`");
                ok = false;
            }

            var title = context.RequiredString(obj, feedPath, "title", nonEmpty: true);
            var description = context.OptionalString(obj, feedPath, "description");

            string? urlPrefix = null;
            var sourcePath = ConfigReadContext.Member(feedPath, "source");
            if (obj["source"] is null or JsonNull)
            {
                context.Error(obj, "`" + sourcePath + "` is required ({ \"urlPrefix\": \"/changelog\" } selects the pages of the feed)");
            }
            else if (context.AsObject(obj["source"], sourcePath) is { } source)
            {
                context.CheckMembers(source, sourcePath, ConfigShapes.FeedSource);
                urlPrefix = context.RequiredString(source, sourcePath, "urlPrefix", " (\"/\" selects every page)", nonEmpty: true);
                if (urlPrefix is not null && !urlPrefix.StartsWith("/", StringComparison.Ordinal))
                {
                    context.Error(source["urlPrefix"]!, "`" + ConfigReadContext.Member(sourcePath, "urlPrefix") + "` must start with \"/\", got \"" + urlPrefix + "\"");
                    urlPrefix = null;
                }
            }

            var formats = new List<FeedFormat>();
            var formatsPath = ConfigReadContext.Member(feedPath, "formats");
            if (obj["formats"] is null or JsonNull)
            {
                context.Error(obj, "`" + formatsPath + "` is required ([\"rss\"], [\"atom\"] or both)");
            }
            else if (context.AsArray(obj["formats"], formatsPath, "an array of \"rss\" and/or \"atom\"") is { } formatArray)
            {
                if (formatArray.Items.Count == 0)
                {
                    context.Error(formatArray, "`" + formatsPath + "` must list at least one format (\"rss\", \"atom\")");
                }

                for (var f = 0; f < formatArray.Items.Count; f++)
                {
                    var format = formatArray.Items[f] is JsonString s ? s.Value : null;
                    if (format == "rss" || format == "atom")
                    {
                        var value = format == "rss" ? FeedFormat.Rss : FeedFormat.Atom;
                        if (!formats.Contains(value))
                        {
                            formats.Add(value);
                        }
                    }
                    else
                    {
                        context.Error(formatArray.Items[f], "`" + ConfigReadContext.Index(formatsPath, f) + "` must be \"rss\" or \"atom\", got " +
                            (format is null ? formatArray.Items[f].Describe() : "\"" + format + "\""));
                    }
                }
            }

            string? rss = null;
            string? atom = null;
            var outputPath = ConfigReadContext.Member(feedPath, "output");
            var output = context.AsObject(obj["output"], outputPath);
            if (output is not null)
            {
                context.CheckMembers(output, outputPath, ConfigShapes.FeedOutput);
                rss = ReadFeedOutput(context, output, outputPath, "rss", outputs);
                atom = ReadFeedOutput(context, output, outputPath, "atom", outputs);
            }

            foreach (var format in formats)
            {
                var name = format == FeedFormat.Rss ? "rss" : "atom";
                if ((format == FeedFormat.Rss ? rss : atom) is null && (output?[name] is null or JsonNull))
                {
                    context.Error(output ?? (JsonValue)obj, "`" + ConfigReadContext.Member(outputPath, name) + "` is required because `formats` includes \"" + name + "\" (e.g. \"/changelog/" + name + ".xml\")");
                    ok = false;
                }
            }

            var limit = 20;
            if (obj["limit"] is { } limitValue && limitValue is not JsonNull)
            {
                if (limitValue is JsonNumber n && n.TryGetInt32(out var parsed) && parsed > 0)
                {
                    limit = parsed;
                }
                else
                {
                    context.Error(limitValue, "`" + ConfigReadContext.Member(feedPath, "limit") + "` must be a positive whole number, got " +
                        (limitValue is JsonNumber number ? number.Raw : limitValue.Describe()));
                    ok = false;
                }
            }

            if (ok && id is not null && title is not null && urlPrefix is not null && formats.Count > 0)
            {
                feeds.Add(new FeedConfig(id, title, description, urlPrefix, formats.ToEquatableArray(), rss, atom, limit, context.Locate(obj, feedPath)));
            }
        }

        return feeds.ToEquatableArray();
    }

    private static string? ReadFeedOutput(ConfigReadContext context, JsonObject output, string outputPath, string name, Dictionary<string, string> seen)
    {
        var value = context.OptionalString(output, outputPath, name);
        if (value is null)
        {
            return null;
        }

        var path = ConfigReadContext.Member(outputPath, name);
        if (!value.StartsWith("/", StringComparison.Ordinal) || !value.EndsWith(".xml", StringComparison.Ordinal))
        {
            context.Error(output[name]!, "`" + path + "` must start with \"/\" and end with \".xml\", got \"" + value + "\"");
            return null;
        }

        if (HasParentSegment(value))
        {
            context.Error(output[name]!, "`" + path + "` must stay inside the output folder (no `..` segments), got \"" + value + "\"");
            return null;
        }

        if (seen.TryGetValue(value, out var previous))
        {
            context.Error(output[name]!, "`" + path + "` writes \"" + value + "\", which `" + previous + "` already writes; feed outputs must be unique");
            return null;
        }

        seen[value] = path;
        return value;
    }
}
