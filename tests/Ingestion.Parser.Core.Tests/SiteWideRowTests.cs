using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteWideRowTests
{
    private const string Page = """
        <html><head><title>Harbour ferry returns for the summer | Example Herald</title>
        <meta property="article:tag" content="Local News" />
        <meta property="article:tag" content="Harbours" />
        </head><body class="BODY"><div id="container" class="FRAME">
        <article><h1>Harbour ferry returns for the summer</h1>
        <p>The old ferry came back to the harbour on Thursday after a long winter in the yard, and half the town turned out to see it.</p>
        <p>Its captain said the first crossing went well, and that the boat would run every hour from next week until the autumn.</p>
        <div id="story-tags" class="ROW">
        <h3>More On:</h3>
        <div class="field-items"><div class="field-item"><a href="/topic/harbours">Harbours</a></div>
        <div class="field-item"><a href="/topic/ferries">Ferries</a></div></div>
        </div>
        </article></div></body></html>
        """;

    private static IReadOnlyList<string> TagsOf(string body = "page", string frame = "wrapper", string row = "tags") =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace("BODY", body).Replace("FRAME", frame).Replace("ROW", row)), "ferry.html").Tags;

    [Fact]
    public void A_navigation_class_on_the_container_of_the_whole_story_is_no_menu() =>
        Assert.Equal(["Harbours", "Ferries"], TagsOf(frame: "site-int-nav"));

    [Fact]
    public void A_navigation_class_on_the_body_is_no_menu() =>
        Assert.Equal(["Harbours", "Ferries"], TagsOf(body: "page has-localnav"));

    [Fact]
    public void A_row_in_a_menu_of_its_own_is_still_no_tag_row() =>
        Assert.Equal(["Local News", "Harbours"], TagsOf(row: "main-nav"));
}
