using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Json;

namespace Leadtype.Config;

public static partial class DocsConfigReader
{
    private static ProductConfig? ReadProduct(ConfigReadContext context, JsonObject root)
    {
        const string path = "product";
        var value = root["product"];
        if (value is null || value is JsonNull)
        {
            context.Error(root, "`product` is required: `product.name` is the llms.txt title and `product.tagline` its one-line summary");
            return null;
        }

        var product = context.AsObject(value, path);
        if (product is null)
        {
            return null;
        }

        context.CheckMembers(product, path, ConfigShapes.Product);
        var name = context.RequiredString(product, path, "name", " (the llms.txt title)", nonEmpty: true);

        // `summary` is the pre-0.2 name of `tagline`; the reference still reads it.
        var tagline = context.OptionalString(product, path, "tagline");
        var summary = context.OptionalString(product, path, "summary");
        var neitherWritten = product["tagline"] is null or JsonNull && product["summary"] is null or JsonNull;
        if (neitherWritten)
        {
            context.Error(product, "`product.tagline` is required (the one-line summary under the llms.txt title)");
        }
        else if (tagline is not null && summary is not null)
        {
            var property = product.Find("summary")!;
            context.Report(DiagnosticCatalog.IgnoredConfigField, property.Line, property.Column, "product.summary", "`product.tagline` is set, and `summary` is only its legacy name");
        }

        var homepage = context.OptionalString(product, path, "homepage");
        var docs = context.OptionalString(product, path, "docs");
        var repository = context.OptionalString(product, path, "repository");
        var kind = context.Enum(product, path, "kind", "app", "library") == "library" ? ProductKind.Library : ProductKind.App;
        var category = context.OptionalString(product, path, "category");
        var bullets = context.StringList(product, path, "bullets");
        var startingPoints = ReadCuratedLinks(context, product, path, "bestStartingPoints");
        var agentGuidance = context.OptionalString(product, path, "agentGuidance");

        if (name is null || (tagline ?? summary) is null)
        {
            return null;
        }

        return new ProductConfig(name, (tagline ?? summary)!, homepage, docs, repository, kind, category, bullets, startingPoints, agentGuidance, context.Locate(product, path));
    }

    /// <summary><c>llms.sections</c> replaces the legacy product blocks (as in the reference); say so instead of dropping them silently.</summary>
    private static void ReportLegacyProductBlocksIgnored(ConfigReadContext context, JsonObject root)
    {
        if (root["product"] is not JsonObject product)
        {
            return;
        }

        foreach (var name in new[] { "bullets", "bestStartingPoints", "agentGuidance" })
        {
            if (product.Find(name) is { } property && property.Value is not JsonNull)
            {
                context.Report(DiagnosticCatalog.IgnoredConfigField, property.Line, property.Column, "product." + name, "`llms.sections` is set and replaces the legacy product blocks");
            }
        }
    }

    private static OrganizationConfig? ReadOrganization(ConfigReadContext context, JsonObject root)
    {
        const string path = "organization";
        var organization = context.AsObject(root["organization"], path);
        if (organization is null)
        {
            return null;
        }

        context.CheckMembers(organization, path, ConfigShapes.Organization);
        var name = context.RequiredString(organization, path, "name", " (organization must be an object with a string name)", nonEmpty: true);
        var url = context.OptionalString(organization, path, "url");
        var email = context.OptionalString(organization, path, "email");
        var logo = context.OptionalString(organization, path, "logo");
        var sameAs = context.StringList(organization, path, "sameAs");

        var contactPoints = new List<ContactPointConfig>();
        var contactValue = organization["contactPoint"];
        var contactPath = ConfigReadContext.Member(path, "contactPoint");
        if (contactValue is JsonObject single)
        {
            AddContactPoint(context, single, contactPath, contactPoints);
        }
        else if (contactValue is JsonArray many)
        {
            for (var i = 0; i < many.Items.Count; i++)
            {
                var itemPath = ConfigReadContext.Index(contactPath, i);
                if (context.AsObject(many.Items[i], itemPath) is { } item)
                {
                    AddContactPoint(context, item, itemPath, contactPoints);
                }
                else if (many.Items[i] is JsonNull)
                {
                    context.TypeError(many.Items[i], itemPath, "an object");
                }
            }
        }
        else if (contactValue is not null && contactValue is not JsonNull)
        {
            context.TypeError(contactValue, contactPath, "an object or an array of objects");
        }

        PostalAddressConfig? address = null;
        var addressPath = ConfigReadContext.Member(path, "address");
        if (context.AsObject(organization["address"], addressPath) is { } addressObject)
        {
            // Spread verbatim into JSON-LD, so unknown keys are errors, as in the reference.
            context.CheckMembers(addressObject, addressPath, ConfigShapes.Address, unknownIsError: true);
            address = new PostalAddressConfig(
                context.OptionalString(addressObject, addressPath, "streetAddress"),
                context.OptionalString(addressObject, addressPath, "addressLocality"),
                context.OptionalString(addressObject, addressPath, "addressRegion"),
                context.OptionalString(addressObject, addressPath, "postalCode"),
                context.OptionalString(addressObject, addressPath, "addressCountry"));
            if (addressObject.Properties.Count == 0)
            {
                context.Error(addressObject, "`organization.address` needs at least one field (" + string.Join(", ", ConfigShapes.Address.Properties) + ")");
            }
        }

        return name is null ? null : new OrganizationConfig(name, url, email, logo, sameAs, contactPoints.ToEquatableArray(), address, context.Locate(organization, path));
    }

    private static void AddContactPoint(ConfigReadContext context, JsonObject obj, string path, List<ContactPointConfig> into)
    {
        context.CheckMembers(obj, path, ConfigShapes.ContactPoint, unknownIsError: true);
        var contactType = context.RequiredString(obj, path, "contactType", nonEmpty: true);
        var email = context.OptionalString(obj, path, "email");
        var telephone = context.OptionalString(obj, path, "telephone");
        var url = context.OptionalString(obj, path, "url");
        var areaServed = context.StringList(obj, path, "areaServed", allowSingle: true);
        var languages = context.StringList(obj, path, "availableLanguage", allowSingle: true);
        if (obj["email"] is null or JsonNull && obj["telephone"] is null or JsonNull)
        {
            context.Error(obj, "`" + path + "` needs an `email` or a `telephone`");
        }

        if (contactType is not null)
        {
            into.Add(new ContactPointConfig(contactType, email, telephone, url, areaServed, languages));
        }
    }
}
