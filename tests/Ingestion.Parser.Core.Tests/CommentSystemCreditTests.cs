using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentSystemCreditTests
{
    [Fact]
    public void The_systems_credit_goes_with_its_footer_of_links()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><div class=\"vf-comments\"><p>Glad nobody was hurt.</p></div>"
            + "<div class=\"vf-conversations-footer\"><a href=\"/terms\">Community guidelines</a><span>Powered by Viafoura</span></div></div></body></html>");
        var container = document.GetElementById("c")!;

        CommentSystemCredit.Remove(container);

        Assert.Equal("Glad nobody was hurt.", container.TextContent);
    }

    [Fact]
    public void A_comment_saying_powered_by_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><p>Powered by coffee and spite, this council never stops.</p>"
            + "<div><p>Powered by solar</p><time>2 hours ago</time></div></div></body></html>");
        var container = document.GetElementById("c")!;

        CommentSystemCredit.Remove(container);

        Assert.Equal("Powered by coffee and spite, this council never stops.Powered by solar2 hours ago", container.TextContent);
    }
}
