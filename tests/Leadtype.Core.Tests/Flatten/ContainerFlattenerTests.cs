namespace Leadtype.Core.Tests.Flatten;

/// <summary>Accordion, TopicSwitcher, Prompt and Example.</summary>
public class ContainerFlattenerTests
{
    [Fact]
    public void Accordion_items_get_bold_titles_and_keep_formatting()
    {
        var body = FlattenHarness.Body("<Accordion>\n  <AccordionItem title=\"First\">\n    Has **bold** and [link](/x).\n\n    ```ts\n    const a = 1;\n    ```\n  </AccordionItem>\n  <AccordionItem>\n    No title here.\n  </AccordionItem>\n  <AccordionItem title=\"Empty\"></AccordionItem>\n</Accordion>\n");

        Assert.Equal("**First**\n\nHas **bold** and [link](/x).\n\n```ts\nconst a = 1;\n```\n\n**Item 2**\n\nNo title here.\n\n**Empty**\n", body);
    }

    [Fact]
    public void Topic_switcher_lists_links_with_descriptions_and_resolves_placeholders()
    {
        var (markdown, diagnostics) = FlattenHarness.Convert("<TopicSwitcher\n  label=\"Framework\"\n  items={[\n    { value: \"current\", label: \"Current\", href: \"/docs/frameworks/{framework}/quickstart\", description: \"Route context\" },\n    { value: \"vue\", label: \"Vue\", href: \"/docs/frameworks/vue\" },\n    { label: \"No value\", href: \"/x\" },\n  ]}\n/>\n", "docs/frameworks/next/quickstart.mdx");

        Assert.Empty(diagnostics);
        Assert.EndsWith("Framework\n\n* [Current](/docs/frameworks/next/quickstart) — Route context\n* [Vue](/docs/frameworks/vue)\n", markdown);
    }

    [Fact]
    public void Empty_topic_switcher_is_removed()
    {
        Assert.Equal("After.\n", FlattenHarness.Body("<TopicSwitcher items={[]} />\n\nAfter.\n"));
    }

    [Fact]
    public void Prompt_body_becomes_a_prompt_fence_with_dash_bullets_and_a_longer_fence_around_code()
    {
        var body = FlattenHarness.Body("<Prompt title=\"Use this\" description=\"Copy it.\">\nRun this:\n\n```bash\nnpm test\n```\n\n* star\n</Prompt>\n");

        Assert.Equal("**Use this**\n\nCopy it.\n\n````prompt\nRun this:\n\n```bash\nnpm test\n```\n\n- star\n````\n", body);
    }

    [Fact]
    public void Example_writes_title_preview_filename_code_and_source_files()
    {
        var body = FlattenHarness.Body("<Example\n  title=\"With files\"\n  filename=\"main.tsx\"\n  code={`export const main = true;`}\n  sourceFiles={[\n    { filename: \"support.ts\", language: \"ts\", code: `export const a = 1;` },\n    { filename: \"b.tsx\", code: \"x\" },\n  ]}\n>\n  Preview **bold**.\n</Example>\n");

        Assert.Equal("**With files**\n\nPreview **bold**.\n\n**main.tsx**\n\n```tsx\nexport const main = true;\n```\n\n**support.ts**\n\n```ts\nexport const a = 1;\n```\n\n**b.tsx**\n\n```tsx\nx\n```\n", body);
    }

    [Fact]
    public void Example_code_in_quotes_is_decoded_and_a_plain_string_is_used_as_written()
    {
        Assert.Equal("```js\nsingle \"quoted\"\n```\n\n```tsx\nconst x = 1;\n```\n", FlattenHarness.Body("<Example code={'single \"quoted\"'} language=\"js\" />\n\n<Example code=\"const x = 1;\" />\n"));
    }

    [Fact]
    public void Example_with_unreadable_source_files_reports_and_keeps_them_as_code()
    {
        var body = FlattenHarness.Body("<Example sourceFiles={files} />\n", out var diagnostics);

        Assert.Equal("```js\nfiles\n```\n", body);
        Assert.Equal("LT0012", Assert.Single(diagnostics).Id);
    }
}
