namespace Leadtype.Core.Tests.Flatten;

public class StepsFlattenerTests
{
    [Fact]
    public void Step_heading_becomes_the_title_and_the_first_paragraph_joins_it()
    {
        var body = FlattenHarness.Body("<Steps>\n  <Step>\n    ### Verify it works\n\n    Start your server and confirm:\n\n    1. A **banner** appears\n    2. A dialog opens\n  </Step>\n</Steps>\n");

        Assert.Equal("1. **Verify it works** Start your server and confirm:\n\n   1. A **banner** appears\n   2. A dialog opens\n", body);
    }

    [Fact]
    public void Title_attribute_decodes_entities_and_content_keeps_formatting()
    {
        var body = FlattenHarness.Body("<Steps>\n  <Step title=\"Install\">\n    Run the installer.\n\n    ```bash title=\"sh\"\n    npm i x\n    ```\n  </Step>\n  <Step title=\"Configure &amp; run\">\n    Edit **config** with `code`.\n\n    Then see [docs](/docs).\n  </Step>\n  <Step title=\"Done\" />\n</Steps>\n");

        Assert.Equal(
            "1. **Install** Run the installer.\n\n   ```bash title=\"sh\"\n   npm i x\n   ```\n\n2. **Configure & run** Edit **config** with `code`.\n\n   Then see [docs](/docs).\n\n3. **Done**\n",
            body);
    }

    [Fact]
    public void One_line_step_keeps_its_inline_code_in_one_paragraph()
    {
        var body = FlattenHarness.Body("<Steps>\n  <Step title=\"Run the conversion\">`leadtype generate` writes flattened markdown.</Step>\n</Steps>\n");

        Assert.Equal("1. **Run the conversion**\n\n   `leadtype generate` writes flattened markdown.\n", body);
    }

    [Fact]
    public void Tabs_inside_a_step_are_flattened_into_titled_sections()
    {
        var body = FlattenHarness.Body("<Steps>\n  <Step title=\"Pick\">\n    <Tabs items={[\"npm\",\"bun\"]}>\n      <Tab value=\"npm\">npm i</Tab>\n      <Tab value=\"bun\">bun add</Tab>\n    </Tabs>\n  </Step>\n</Steps>\n");

        Assert.Equal("1. **Pick**\n\n   **npm**\n\n   npm i\n\n   **bun**\n\n   bun add\n", body);
    }

    [Fact]
    public void Callout_inside_a_step_keeps_its_bold_label()
    {
        var body = FlattenHarness.Body("<Steps>\n  <Step title=\"Warn\">\n    <Callout type=\"warn\">Careful **now**.</Callout>\n  </Step>\n</Steps>\n");

        Assert.Equal("1. **Warn**\n\n   > ⚠️ **Warning:**\n   > Careful **now**.\n", body);
    }

    [Fact]
    public void Step_without_title_keeps_its_content()
    {
        var body = FlattenHarness.Body("<Steps>\n  <Step>\n    ```bash\n    npm i\n    ```\n  </Step>\n  <Step title=\"Next\" />\n</Steps>\n");

        Assert.Equal("1. ```bash\n   npm i\n   ```\n\n2. **Next**\n", body);
    }

    [Fact]
    public void Heading_in_step_content_becomes_a_paragraph_and_rules_are_dropped()
    {
        var body = FlattenHarness.Body("<Steps>\n  <Step title=\"A\">\n    Intro.\n\n    #### Sub `part`\n\n    ---\n  </Step>\n</Steps>\n");

        Assert.Equal("1. **A** Intro.\n\n   Sub `part`\n", body);
    }

    [Fact]
    public void Steps_without_steps_are_removed()
    {
        Assert.Equal("After.\n", FlattenHarness.Body("<Steps>\n  Not a step.\n</Steps>\n\nAfter.\n"));
    }
}
