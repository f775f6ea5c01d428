using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RelTagLinksOfKeywordsTests
{
    [Fact]
    public void The_keywords_marked_as_tag_links_outrank_the_shown_row_with_its_section()
    {
        var page = ScienceReleasePage.Parse();

        Assert.Equal(["Ferries", "Tides", "Harbours"], page.Tags);
    }

    [Fact]
    public void Marked_links_of_other_words_leave_the_shown_row()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><body><a rel=\"tag\" href=\"/tag/ferries/\">Ferries</a> <a rel=\"tag\" href=\"/tag/pilots/\">Pilots</a></body></html>");

        Assert.False(RelTagLinksOfKeywords.Agree(document, ["Ferries", "Tides"]));
        Assert.True(RelTagLinksOfKeywords.Agree(document, ["ferries", "Pilots"]));
    }

    [Fact]
    public void Keywords_not_all_marked_leave_the_shown_row()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><body><a rel=\"tag\" href=\"/tag/ferries/\">Ferries</a> <a rel=\"tag\" href=\"/tag/ferries/\">Ferries</a></body></html>");

        Assert.False(RelTagLinksOfKeywords.Agree(document, ["Ferries", "Tides"]));
    }
}
