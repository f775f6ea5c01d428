using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelInsideTagLinkTests
{
    private static ParsedPage Parse(string tags) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back | Harbour Post</title></head><body>
        <article class="post hentry"><header><h1 class="headline entry-title">Ferry back in service after the storm</h1>
        <div class="meta__byline author"><a href="/u/mo">Marta Olsen</a></div>{{tags}}</header>
        <div class="post-content entry-content">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void The_link_that_opens_the_tag_dropdown_names_the_first_tag_after_its_label()
    {
        var page = Parse("""
            <div class="tags-container"><a class="first-tag" href="/tag/harbour" data-dropdown="taglist">Filed to: <span>harbour</span></a>
            <div id="taglist" class="taglist"><ul><li><a href="/tag/storms">storms</a></li><li><a href="/tag/ferries">ferries</a></li></ul></div></div>
            """);
        Assert.Equal(["harbour", "storms", "ferries"], page.Tags);
    }

    [Fact]
    public void A_lone_labelled_tag_link_gives_the_tag_without_the_label()
    {
        var page = Parse("""<div class="tags-container"><a class="first-tag" href="/tag/harbour">Filed to: <span>harbour</span></a></div>""");
        Assert.Equal(["harbour"], page.Tags);
    }
}
