namespace Leadtype.Core.Tests.Flatten;

public class CardsFlattenerTests
{
    [Fact]
    public void Cards_become_a_bullet_list_of_links_without_descriptions()
    {
        var body = FlattenHarness.Body("<Cards>\n  <Card\n    title=\"React\"\n    description=\"React quickstart.\"\n    href=\"/docs/react\"\n  />\n  <Card href=\"/a\">Child text title</Card>\n  <Card href=\"/b\" title=\"  Spaced   title \" />\n  Stray paragraph text.\n</Cards>\n");

        Assert.Equal("* [React](/docs/react)\n* [Child text title](/a)\n* [Spaced title](/b)\n", body);
    }

    [Fact]
    public void Card_without_href_is_left_out_with_a_located_warning()
    {
        var body = FlattenHarness.Body("<Cards>\n  <Card title=\"No href\" />\n  <Card title=\"Ok\" href=\"/ok\" />\n</Cards>\n", out var diagnostics);

        Assert.Equal("* [Ok](/ok)\n", body);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("LT0015", warning.Id);
        Assert.Equal(5, warning.Line);
        Assert.Equal(3, warning.Column);
    }

    [Fact]
    public void Empty_cards_are_removed_and_an_orphan_card_stays_jsx_with_an_info()
    {
        var body = FlattenHarness.Body("<Cards></Cards>\n\n<Card title=\"Lonely\" href=\"/lonely\" />\n", out var diagnostics);

        Assert.Equal("<Card title=\"Lonely\" href=\"/lonely\" />\n", body);
        var info = Assert.Single(diagnostics);
        Assert.Equal("LT0013", info.Id);
        Assert.Equal(6, info.Line);
    }
}
