namespace Leadtype.Core.Tests.Flatten;

public class TabsFlattenerTests
{
    [Fact]
    public void Tabs_print_each_tab_title_bold_then_its_content_unchanged()
    {
        var body = FlattenHarness.Body("<Tabs items={[\"npm\", \"pnpm\"]}>\n  <Tab value=\"npm\">\n    ```bash\n    npm i leadtype\n    ```\n  </Tab>\n  <Tab value=\"pnpm\">\n    Use **pnpm**:\n\n    ```bash\n    pnpm add leadtype\n    ```\n  </Tab>\n</Tabs>\n");

        Assert.Equal("**npm**\n\n```bash\nnpm i leadtype\n```\n\n**pnpm**\n\nUse **pnpm**:\n\n```bash\npnpm add leadtype\n```\n", body);
    }

    [Fact]
    public void Tab_titles_fall_back_to_items_then_numbers_and_empty_tabs_are_dropped()
    {
        var body = FlattenHarness.Body("<Tabs items={[\"One\", \"Two\", \"Three\"]}>\n  <Tab>First.</Tab>\n  <Tab>Second.</Tab>\n  <Tab></Tab>\n</Tabs>\n\n<Tabs>\n  <Tab>Alpha</Tab>\n  <Tab value={\"Named\"}>Beta</Tab>\n</Tabs>\n");

        Assert.Equal("**One**\n\nFirst.\n\n**Two**\n\nSecond.\n\n**Tab 1**\n\nAlpha\n\n**Named**\n\nBeta\n", body);
    }

    [Fact]
    public void Tabs_follow_the_order_of_items()
    {
        var body = FlattenHarness.Body("<Tabs items={['b', 'a',]}>\n  <Tab value=\"a\">A body</Tab>\n  <Tab value=\"b\">B body</Tab>\n</Tabs>\n");

        Assert.Equal("**b**\n\nB body\n\n**a**\n\nA body\n", body);
    }

    [Fact]
    public void Unreadable_items_are_reported_and_tabs_still_print_with_their_values()
    {
        var body = FlattenHarness.Body("<Tabs items={frameworks}>\n  <Tab value=\"react\">R</Tab>\n  <Tab>V</Tab>\n</Tabs>\n", out var diagnostics);

        Assert.Equal("**react**\n\nR\n\n**Tab 2**\n\nV\n", body);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("LT0012", warning.Id);
        Assert.Equal(4, warning.Line);
        Assert.Contains("`frameworks` is a variable", warning.Message);
    }

    [Fact]
    public void An_unreadable_item_is_located_at_its_column()
    {
        // Body line 3 is file line 6; `<Tabs items={` is 13 characters, so the value starts in column 14.
        FlattenHarness.Body("Intro.\n\n<Tabs items={[\"npm\", pnpm]}>\n  <Tab>X</Tab>\n</Tabs>\n", out var diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal("LT0012", warning.Id);
        Assert.Equal((6, 22), (warning.Line, warning.Column));
    }

    [Fact]
    public void Items_that_are_not_strings_are_reported()
    {
        FlattenHarness.Body("<Tabs items={[1, 2]}>\n  <Tab>X</Tab>\n</Tabs>\n", out var diagnostics);

        Assert.Equal("LT0015", Assert.Single(diagnostics).Id);
    }
}
