using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A row of two boxes under a picture, a sentence beside one outward link opening in a new window, is the picture's
/// caption with its credit, one entry (CaptionBesideCreditLink).
/// </summary>
public class CaptionBesideCreditLinkTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour board raises ferry fares</title></head><body>
        <article><h1>Harbour board raises ferry fares</h1>
        <div class="gallery"><div class="tw-relative tw-flex"><picture><img src="/uploads/ferry-pier.jpg" alt=""/></picture></div>
        {{row}}</div>
        <div class="article-body"><p>The harbour board raised the ferry's fares on Tuesday for the first time in six years, citing the cost of the new engine.</p>
        <p>The board said a single crossing would cost two euros from March, and that season tickets would keep their price until the summer.</p>
        <p>Passengers' groups said the rise was steep but fair, as the old boat had run late most winter mornings before the refit.</p></div>
        </article></body></html>
        """), "fares.html");

    [Fact]
    public void A_sentence_beside_an_outward_credit_link_is_the_caption_with_its_credit()
    {
        var page = Parse("""
            <div class="tw-flex tw-justify-between"><div class="tw-grow"><p>The ferry at the pier at dawn.</p></div>
            <div class="tw-italic tw-text-right"><a href="https://photos.example.org" rel="noopener" target="_blank">Harbour Photos</a></div></div>
            """);

        Assert.Equal(["The ferry at the pier at dawn. Harbour Photos"], page.Captions);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Theory]
    // The link stays in the window: a teaser's "more" link to a story.
    [InlineData("""<div class="tw-flex"><div><p>The ferry at the pier at dawn.</p></div><div><a href="https://example.org/story">Harbour Photos</a></div></div>""")]
    // The first box holds a link: a teaser's headline.
    [InlineData("""<div class="tw-flex"><div><p>The <a href="/ferry">ferry</a> at the pier at dawn.</p></div><div><a href="https://photos.example.org" target="_blank">Harbour Photos</a></div></div>""")]
    // A third box: no two-box row.
    [InlineData("""<div class="tw-flex"><div><p>The ferry at the pier at dawn.</p></div><div><a href="https://photos.example.org" target="_blank">Harbour Photos</a></div><div><p>Share</p></div></div>""")]
    // The link is a sentence, no credit.
    [InlineData("""<div class="tw-flex"><div><p>The ferry at the pier at dawn.</p></div><div><a href="https://photos.example.org" target="_blank">Read the whole story of the ferry here.</a></div></div>""")]
    public void Rows_that_only_look_like_it_give_no_such_caption(string row)
    {
        var page = Parse(row);

        Assert.DoesNotContain("The ferry at the pier at dawn. Harbour Photos", page.Captions);
    }
}
