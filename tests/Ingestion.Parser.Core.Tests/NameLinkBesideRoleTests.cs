using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NameLinkBesideRoleTests
{
    private static List<string>? Read(string byline)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + byline + "</body></html>");
        return NameLinkBesideRole.Read(document.GetElementById("b")!);
    }

    [Fact]
    public void A_paper_title_in_bare_text_after_the_name_link_is_no_part_of_the_name()
    {
        Assert.Equal(["Doug Maddox"], Read("<span id=\"b\">By <a href=\"/users/profile/dmaddox\">Doug Maddox</a> Sentinel Sports Writer</span>"));
    }

    [Fact]
    public void A_second_name_after_the_link_is_not_read_as_a_title()
    {
        Assert.Null(Read("<span id=\"b\">By <a href=\"/users/a\">Ann Lutz</a> and Ray Osei, Staff Writers</span>"));
    }

    [Fact]
    public void A_role_element_beside_the_name_link_still_reads()
    {
        Assert.Equal(["Brendan Garrity"], Read("<div id=\"b\"><a href=\"/author/bgarrity/\">Brendan Garrity</a> <span class=\"author-title\">Foreign Affairs Reporter</span></div>"));
    }
}
