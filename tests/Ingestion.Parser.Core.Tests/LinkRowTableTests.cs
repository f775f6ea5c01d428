using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkRowTableTests
{
    [Theory]
    [InlineData("<tr><td><font size=\"1\"><a href=\"/print\">Printer friendly</a> | <a href=\"mailto:?\">E-mail this story</a> | <a href=\"/news.html\">Back to News</a></font></td></tr>", true)]
    [InlineData("<tr><td><a href=\"/news\">News</a>&nbsp;&middot;&nbsp;<a href=\"/sports\">Sports</a></td><td><a href=\"/obits\">Obituaries</a></td></tr>", true)]
    [InlineData("<tr><td><a href=\"/print\">Print</a></td></tr>", false)]
    [InlineData("<tr><td>Read the full report at <a href=\"/r\">the county's site</a> | <a href=\"/m\">minutes</a></td></tr>", false)]
    [InlineData("<tr><td><img src=\"p.jpg\" alt=\"\"></td></tr><tr><td>Harlow's new bins rise east of town. <a href=\"/p\">Photo</a> | <a href=\"/g\">Gallery</a></td></tr>", false)]
    public void A_table_of_nothing_but_links_parted_by_bars_or_dots_is_a_row_of_buttons(string rows, bool isLinkRow)
    {
        using var document = new HtmlParser().ParseDocument($"<html><body><table>{rows}</table></body></html>");
        Assert.Equal(isLinkRow, LinkRowTable.IsLinkRow(document.QuerySelector("table")!));
    }

    [Theory]
    [InlineData("<tr><td><font size=\"1\"><b>More Local News:</b> <a href=\"/1\">Harlan council delays vote on water rates</a> &middot; <a href=\"/2\">Bellport man sentenced in burglary spree</a></font></td></tr>", true)]
    [InlineData("<tr><td><b>Related:</b> <a href=\"/1\">Fire chief retires after 30 years</a> | <a href=\"/2\">Grange sets harvest dance</a></td></tr>", true)]
    [InlineData("<tr><td>The council voted 5-2 to delay the rates. <a href=\"/1\">Minutes of the meeting</a> | <a href=\"/2\">The rate study</a></td></tr>", false)]
    [InlineData("<tr><td><a href=\"/1\">Harlan council delays vote on water rates</a> <b>More Local News:</b> <a href=\"/2\">Bellport man sentenced in burglary spree</a></td></tr>", false)]
    [InlineData("<tr><td><b>More Local News:</b> <a href=\"/1\">Harlan council delays vote on water rates</a></td></tr>", false)]
    public void A_short_label_over_headline_links_is_a_row_of_other_stories(string rows, bool isLinkRow)
    {
        using var document = new HtmlParser().ParseDocument($"<html><body><table>{rows}</table></body></html>");
        Assert.Equal(isLinkRow, LinkRowTable.IsLinkRow(document.QuerySelector("table")!));
    }
}
