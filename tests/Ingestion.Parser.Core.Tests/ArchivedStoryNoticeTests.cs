using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArchivedStoryNoticeTests
{
    private const string Page = """
        <html><head><title>Harbour ferry returns to the north quay</title></head><body>
        <article><h1>Harbour ferry returns to the north quay</h1>
        <p class="byline">By Marta Lindqvist</p>
        <div class="body">
        <p>The harbour ferry made its first crossing to the north quay on Monday, eight months after a storm tore the landing stage from its piles and left commuters on the long road round the bay.</p>
        <table><tr><td><b>The article you requested has been archived</b></td></tr>
        <tr><td>Every story on this site from the last 30 days stays free to read. Archived stories may not include their original pictures or charts.</td></tr>
        <tr><td><a href="https://archive.example.org/search?q=harbour+ferry">Click here to search for this article within the archive.</a></td></tr></table>
        </div></article></body></html>
        """;

    private const string StoryQuotingAClerk = """
        <html><head><title>Council records moved to the county store</title></head><body>
        <article><h1>Council records moved to the county store</h1>
        <div class="body">
        <p>Residents asking for the parish council's old planning files were turned away at the town hall this week, after the whole paper archive was moved to the county store in the spring.</p>
        <p>The records you requested have been archived, the clerk told one caller, who had waited three weeks for a reply about a boundary wall.</p>
        <p>The county says any file can be fetched back within ten working days, though the fee for each request has doubled since last year.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void The_text_ends_at_the_notice_that_the_rest_is_in_the_paid_archive()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "harbour-ferry.html");
        var paragraph = Assert.Single(page.BodyParagraphs);
        Assert.StartsWith("The harbour ferry made", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_that_quotes_an_archiving_keeps_all_its_paragraphs()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(StoryQuotingAClerk), "council-records.html");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The county says", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The article you requested has been archived", true)]
    [InlineData("The story you requested was archived.", true)]
    [InlineData("This article has been archived", true)]
    [InlineData("The records you requested have been archived, the clerk told one caller.", false)]
    [InlineData("The article you requested from the ministry in March has been archived by the department, which says it holds no other copy of the report.", false)]
    [InlineData("The article you requested could not be delivered to your inbox.", false)]
    public void Only_a_short_notice_that_the_requested_story_is_archived(string line, bool expected) =>
        Assert.Equal(expected, ArchivedStoryNotice.Is(line));
}
