using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A span closing a picture's box past a line break is the line under the picture; with a credit opening with "©" in an
/// element of its own closing it, it is the picture's caption (LineUnderPicturePastBreak).
/// </summary>
public class LineUnderPicturePastBreakTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour board raises ferry fares</title></head><body>
        <div class="article"><h1>Harbour board raises ferry fares</h1>
        <div class="article-content"><div class="media_box">{{box}}</div>
        PORTVIEW - The harbour board raised the ferry's fares on Tuesday for the first time in six years, citing the cost of the new engine.<br /><br />
        The board said a single crossing would cost two euros from March, and that season tickets would keep their price until the summer.<br /><br />
        Passengers' groups said the rise was steep but fair, as the old boat had run late most winter mornings before the refit.
        </div></div></body></html>
        """), "fares.html");

    [Fact]
    public void A_signed_line_past_a_break_under_the_picture_is_its_caption()
    {
        var page = Parse("""<div><a href="/pics/ferry.jpg"><img src="/pics/m_ferry.jpg" alt="Harbour Board"/></a><br/><span class="cr2">Ferry at the pier, <span class="cr">©&nbsp;Harbour Board</span></span></div>""");

        Assert.Equal(["Ferry at the pier, © Harbour Board"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Ferry at the pier", StringComparison.Ordinal));
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Theory]
    // The closing element holds no copyright sign: a plain span of words says nothing of being a credit.
    [InlineData("""<div><a href="/pics/ferry.jpg"><img src="/pics/m_ferry.jpg" alt=""/></a><br/><span>Ferry at the pier, <span>Harbour Board</span></span></div>""")]
    // Words of the box after the span: the span closes nothing.
    [InlineData("""<div><a href="/pics/ferry.jpg"><img src="/pics/m_ferry.jpg" alt=""/></a><br/><span>Ferry at the pier, <span>© Harbour Board</span></span> and more words of the box</div>""")]
    // Words between the picture and the break: the break ends a line of the box, not the picture's.
    [InlineData("""<div><a href="/pics/ferry.jpg"><img src="/pics/m_ferry.jpg" alt=""/></a> enlarge<br/><span>Ferry at the pier, <span>© Harbour Board</span></span></div>""")]
    public void A_line_past_a_break_that_is_not_so_makes_no_caption(string box)
    {
        var page = Parse(box);

        Assert.DoesNotContain("Ferry at the pier, © Harbour Board", page.Captions);
    }

    [Fact]
    public void A_long_credit_after_the_sign_makes_no_caption()
    {
        var page = Parse("""<div><a href="/pics/ferry.jpg"><img src="/pics/m_ferry.jpg" alt=""/></a><br/><span>Ferry at the pier, <span>© the harbour board of the town and its ferry company</span></span></div>""");

        Assert.Empty(page.Captions);
    }
}
