using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HtmlContentRootTests
{
    [Fact]
    public void A_story_wrapped_in_a_font_tag_makes_its_table_cell_the_content_root()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><table><tr><td class=\"rail\"><font size=\"1\"><a href=\"/a\">School levy back on ballot</a><br><a href=\"/b\">Lions pancake feed Saturday</a></font></td>"
            + "<td class=\"bodytext\"><font size=\"5\"><b>Grain elevator expansion wins board approval</b></font><br><b>By Wendell Oakhurst</b><br><br>"
            + "<font face=\"Georgia\" size=\"3\">The Pell County Board of Commissioners voted 4-1 Monday to approve a conditional use permit for the grain company's expansion.<br><br>"
            + "The project will add roughly 1.1 million bushels of storage at the elevator on County Road 14, nearly doubling its capacity.</font></td></tr>"
            + "<tr><td colspan=\"2\"><font size=\"1\">The Pell County Ledger &middot; 211 Main Street &middot; Harlow, Neb.</font></td></tr></table></body></html>");

        var root = HtmlContentRoot.Find(document, []);

        Assert.Equal("bodytext", root?.ClassName);
    }

    [Fact]
    public void A_span_holding_the_storys_paragraphs_is_the_content_root()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"articleContent\"><h1>Deal near on Syria text</h1><span id=\"articleText\">"
            + "<p>The United States and Russia are close to agreeing on a resolution to rid Syria of its chemical weapons, diplomats said on Tuesday.</p>"
            + "<p>The main sticking point is whether the resolution should threaten punitive measures if Syria fails to comply.</p></span></div>"
            + "<div id=\"footer\"><p>The agency is the news and media division of its parent company.</p><p>Quotes delayed by at least 20 minutes.</p></div></body></html>");

        var root = HtmlContentRoot.Find(document, []);

        Assert.Equal("articleText", root?.Id);
    }

    [Fact]
    public void A_rail_calendar_of_many_short_font_entries_does_not_outweigh_the_story()
    {
        var calendar = string.Concat(Enumerable.Range(1, 40).Select(i => $"<font size=\"1\"><b>10/{i % 28 + 1:00}</b> Retiree luncheon and steward training at the hall</font><br>"));
        using var document = new HtmlParser().ParseDocument(
            "<html><body><table><tr><td id=\"story\"><font size=\"2\">Members of the local voted by a wide margin Monday to ratify a four-year agreement with the authority.<br><br>"
            + "The count, supervised by the arbitration association, was 1,412 in favor and 388 against at all four garages.</font></td>"
            + $"<td id=\"rail\">{calendar}</td></tr></table></body></html>");

        var root = HtmlContentRoot.Find(document, []);

        Assert.Equal("story", root?.Id);
    }
}
