using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserCardInTextTests
{
    private const string Card = """
        <article class="ArticleRelated"><div class="image"><img src="/media/ferry.jpg" alt="Ferry"></div>
        <div class="ArticleRelated_scope">Mehr zum Thema</div>
        <a href="/news/the-late-ferry-and-its-last-winter-1234" class="ArticleRelated_link"><h4>Why the late ferry ran empty all winter</h4>
        <p>The board counted four passengers a night on the last boat, most of them crew going home after their shift.</p></a></article>
        """;

    private static ParsedPage Parse(string between) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>The harbour board cuts the late ferry</title></head><body>
        <article><h1>The harbour board cuts the late ferry</h1>
        <div class="entry-content">
        <p>The harbour board voted on Tuesday to drop the half past ten ferry from the winter timetable, the first cut to the service in eleven years of widening it.</p>
        {{between}}
        <p>The slot goes to an early run for the school, which the parents' council asked for at the autumn meeting and which passed without a vote against.</p>
        <p>The fares stay as they were, the board said, and the summer timetable keeps its late boats from May until the end of September as before.</p>
        <p>The harbour master said the crews had asked for the change for two winters, since the last crossing kept them on the quay until midnight.</p>
        </div></article>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void Another_storys_card_set_between_the_paragraphs_is_no_part_of_the_text()
    {
        var page = Parse(Card);

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("four passengers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_article_element_without_a_linked_headline_stays_text()
    {
        var page = Parse("""<article class="quote"><h4>What the board said</h4><p>The board counted four passengers a night on the last boat, most of them crew going home after their shift.</p></article>""");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("four passengers", StringComparison.Ordinal));
    }
}
