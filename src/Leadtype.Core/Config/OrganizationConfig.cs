using Leadtype.Collections;

namespace Leadtype.Config;

/// <summary><c>organization</c>: the publisher, spread verbatim into JSON-LD and the agent card's provider.</summary>
public sealed record OrganizationConfig(
    string Name,
    string? Url = null,
    string? Email = null,
    string? Logo = null,
    EquatableArray<string> SameAs = default,
    EquatableArray<ContactPointConfig> ContactPoints = default,
    PostalAddressConfig? Address = null,
    ConfigLocation Location = default);

/// <summary>One <c>organization.contactPoint</c> entry (schema.org ContactPoint). Needs an email or a telephone.</summary>
public sealed record ContactPointConfig(
    string ContactType,
    string? Email = null,
    string? Telephone = null,
    string? Url = null,
    EquatableArray<string> AreaServed = default,
    EquatableArray<string> AvailableLanguage = default);

/// <summary><c>organization.address</c> (schema.org PostalAddress); at least one field.</summary>
public sealed record PostalAddressConfig(
    string? StreetAddress = null,
    string? AddressLocality = null,
    string? AddressRegion = null,
    string? PostalCode = null,
    string? AddressCountry = null);
