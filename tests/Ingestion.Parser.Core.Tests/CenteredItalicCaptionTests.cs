using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CenteredItalicCaptionTests
{
    private const string Picture = "<p><a href=\"big.jpg\" style=\"display: inline;\"><img src=\"a.jpg\" alt=\"Bus stop\"></a></p>";

    [Fact]
    public void A_centred_italic_line_under_the_picture_is_its_caption()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div>" + Picture
            + "<p style=\"text-align: center;\"><em>The new corner stop at Alder Road, where 31 children wait.</em></p><p>The plan cut five routes.</p></div></body></html>");
        Assert.Equal(["The new corner stop at Alder Road, where 31 children wait."], HtmlCaptions.Read(document));
        Assert.Equal("The plan cut five routes.", document.Body!.TextContent.Trim());
    }

    [Theory]
    [InlineData("<p style=\"text-align: center;\"><em>Update:</em> the meeting moved to 7 p.m.</p>")]
    [InlineData("<p><em>The new corner stop at Alder Road, where 31 children wait.</em></p>")]
    [InlineData("<p style=\"text-align: center;\">The new corner stop at Alder Road, where 31 children wait.</p>")]
    public void A_line_not_wholly_centred_italics_stays_text(string line)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div>" + Picture + line + "</div></body></html>");
        Assert.Empty(HtmlCaptions.Read(document));
    }

    [Fact]
    public void A_centred_italic_line_under_a_paragraph_with_words_is_no_caption()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div><p>Parents spoke for an hour.</p>"
            + "<p style=\"text-align: center;\"><i>The board will vote in October.</i></p></div></body></html>");
        Assert.Empty(HtmlCaptions.Read(document));
        Assert.False(CenteredItalicCaption.Is(document.QuerySelector("p")!));
    }

    [Theory]
    [InlineData("<p align=\"center\">\n  <font face=\"楷体\" style=\"font-family: 楷体;\">　　图注：河边小镇的新渡轮停在码头旁</font>\n</p>")]
    [InlineData("<p class=\"pictext\" align=\"center\"><span style=\"font-family: KaiTi\">图注：河边小镇的新渡轮停在码头旁</span></p>")]
    public void A_centred_line_in_the_Kai_face_under_the_picture_is_its_caption(string line)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div>" + Picture + line + "<p>　　新渡轮明年春天开始运营。</p></div></body></html>");
        Assert.Equal(["图注：河边小镇的新渡轮停在码头旁"], HtmlCaptions.Read(document));
        Assert.Equal("新渡轮明年春天开始运营。", document.Body!.TextContent.Trim(' ', '\n', '\u3000'));
    }

    [Theory]
    [InlineData("<p align=\"center\"><font face=\"宋体\">　　新渡轮明年春天开始运营。</font></p>")]
    [InlineData("<p><font face=\"楷体\">　　新渡轮明年春天开始运营。</font></p>")]
    public void A_centred_line_in_another_face_or_an_uncentred_Kai_line_stays_text(string line)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div>" + Picture + line + "</div></body></html>");
        Assert.Empty(HtmlCaptions.Read(document));
    }
}
