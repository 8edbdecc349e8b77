namespace Leadtype.Core.Tests.Flatten;

public class CommandTabsFlattenerTests
{
    [Theory]
    [InlineData("install", "|npm|`npm install leadtype`|\n|pnpm|`pnpm add leadtype`|\n|yarn|`yarn add leadtype`|\n|bun|`bun add leadtype`|")]
    [InlineData("create", "|npm|`npm create leadtype`|\n|pnpm|`pnpm create leadtype`|\n|yarn|`yarn create leadtype`|\n|bun|`bun create leadtype`|")]
    [InlineData("run", "|npm|`npx leadtype`|\n|pnpm|`pnpm dlx leadtype`|\n|yarn|`yarn dlx leadtype`|\n|bun|`bunx leadtype`|")]
    public void Command_tabs_write_one_row_per_package_manager(string mode, string rows)
    {
        var body = FlattenHarness.Body("<CommandTabs command={\"leadtype\"} mode={\"" + mode + "\"} />\n");

        Assert.Equal("|Package manager|Command|\n|:--|:--|\n" + rows + "\n", body);
    }

    [Fact]
    public void Per_manager_commands_are_written_as_given()
    {
        var body = FlattenHarness.Body("<CommandTabs\n  commands={{ npm: \"npm install leadtype\", pnpm: 'pnpm add leadtype' }}\n  defaultManager=\"pnpm\"\n/>\n", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("|Package manager|Command|\n|:--|:--|\n|npm|`npm install leadtype`|\n|pnpm|`pnpm add leadtype`|\n", body);
    }

    [Fact]
    public void Unreadable_commands_are_reported_and_kept_as_code()
    {
        var body = FlattenHarness.Body("<CommandTabs commands={managers} />\n", out var diagnostics);

        Assert.Equal("```js\nmanagers\n```\n", body);
        Assert.Equal("LT0012", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Command_tabs_without_a_command_are_removed_with_a_warning()
    {
        var body = FlattenHarness.Body("<CommandTabs command=\"\" />\n\nAfter.\n", out var diagnostics);

        Assert.Equal("After.\n", body);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("LT0015", warning.Id);
        Assert.Equal(4, warning.Line);
    }
}
