using Leadtype.Collections;

namespace Leadtype.Config;

public enum LintSeverity
{
    Off,
    Warn,
    Error,
}

/// <summary><c>lint</c>: settings for <c>leadtype lint</c> (parsed now, used by the lint command).</summary>
public sealed record LintConfig(
    EquatableArray<string>? Ignore = null,
    LintSeverity UnknownFieldSeverity = LintSeverity.Warn,
    EquatableArray<LintRuleSetting> Rules = default,
    EquatableArray<string> ExternalLinksIgnore = default,
    double ExternalLinksTtlHours = 168,
    bool SnippetsTypecheck = false);

/// <summary>One <c>lint.rules</c> entry: a rule id and its severity.</summary>
public sealed record LintRuleSetting(string RuleId, LintSeverity Severity);
