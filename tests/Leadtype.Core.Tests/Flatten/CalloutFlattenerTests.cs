namespace Leadtype.Core.Tests.Flatten;

public class CalloutFlattenerTests
{
    [Fact]
    public void Callout_with_title_flattens_to_blockquote_with_bold_title()
    {
        var body = FlattenHarness.Body("<Callout variant={\"warning\"} title={\"Heads up\"}>Be careful.</Callout>\n");

        Assert.Equal("> ⚠️ **Warning:** **Heads up**\n> Be careful.\n", body);
    }

    [Theory]
    [InlineData("warn", "⚠️ **Warning:**")]
    [InlineData("WARNING", "⚠️ **Warning:**")]
    [InlineData("note", "📝 **Note:**")]
    [InlineData("tip", "💡 **Tip:**")]
    [InlineData("success", "✅ **Success:**")]
    [InlineData("error", "❌ **Error:**")]
    [InlineData("canary", "🐤 **Canary:**")]
    [InlineData("deprecated", "🚫 **Deprecated:**")]
    [InlineData("experimental", "🧪 **Experimental:**")]
    [InlineData("bogus", "ℹ️ **Info:**")]
    public void Callout_variant_picks_emoji_and_label(string variant, string header)
    {
        Assert.Equal("> " + header + "\n> Body.\n", FlattenHarness.Body("<Callout type=\"" + variant + "\">Body.</Callout>\n"));
    }

    [Fact]
    public void Callout_body_keeps_inline_formatting_links_and_paragraphs()
    {
        var body = FlattenHarness.Body("<Callout>\n  Use **bold**, `code`, [link](/x) and *em*\n  across a soft break.\n\n  Second paragraph.\n</Callout>\n");

        Assert.Equal("> ℹ️ **Info:**\n> Use **bold**, `code`, [link](/x) and *em* across a soft break.\n>\n> Second paragraph.\n", body);
    }

    [Fact]
    public void Callout_html_tags_become_markdown_not_escaped_markers()
    {
        var body = FlattenHarness.Body("<Callout type=\"tip\">Press <strong>Save</strong>, <a href=\"/x\">see</a> <code>run</code> <Kbd>k</Kbd>.</Callout>\n");

        Assert.Equal("> 💡 **Tip:**\n> Press **Save**, [see](/x) `run` k.\n", body);
    }

    [Fact]
    public void Callout_with_a_list_and_code_keeps_them_as_blocks_inside_the_quote()
    {
        var body = FlattenHarness.Body("<Callout type=\"note\">\n  - one\n  - two\n\n  ```bash\n  npm i\n  ```\n</Callout>\n");

        Assert.Equal("> 📝 **Note:**\n>\n> * one\n> * two\n>\n> ```bash\n> npm i\n> ```\n", body);
    }

    [Fact]
    public void Empty_callouts_print_only_the_header_and_adjacent_ones_merge()
    {
        var body = FlattenHarness.Body("<Callout variant=\"error\" />\n\n<Callout variant=\"tip\" title=\"Only title\"></Callout>\n");

        Assert.Equal("> ❌ **Error:**\n>\n> 💡 **Tip:** **Only title**\n", body);
    }

    [Fact]
    public void Tabs_inside_a_callout_are_flattened_inside_the_quote()
    {
        var body = FlattenHarness.Body("<Callout>\n  <Tabs>\n    <Tab value=\"npm\">npm i</Tab>\n  </Tabs>\n</Callout>\n");

        Assert.Equal("> ℹ️ **Info:**\n>\n> **npm**\n>\n> npm i\n", body);
    }
}
