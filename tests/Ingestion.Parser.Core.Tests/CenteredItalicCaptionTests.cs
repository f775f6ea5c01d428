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

    [Theory]
    [InlineData("<p align=\"center\">图为河边小镇的新渡轮停在码头旁。</p>", "图为河边小镇的新渡轮停在码头旁。")]
    [InlineData("<p style=\"text-align: center;\">图：新渡轮的售票处</p>", "图：新渡轮的售票处")]
    public void A_centred_line_opening_with_a_chinese_picture_label_under_the_picture_is_its_caption(string line, string caption)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div>" + Picture + line + "<p>　　新渡轮明年春天开始运营。</p></div></body></html>");
        Assert.Equal([caption], HtmlCaptions.Read(document));
    }

    [Theory]
    [InlineData("<p align=\"center\">新渡轮明年春天开始运营。</p>")]
    [InlineData("<p>图为河边小镇的新渡轮停在码头旁。</p>")]
    public void A_centred_line_without_the_label_or_a_labelled_line_not_centred_stays_text(string line)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div>" + Picture + line + "</div></body></html>");
        Assert.Empty(HtmlCaptions.Read(document));
    }

    [Fact]
    public void A_photo_blogs_text_set_wholly_in_the_Kai_face_under_each_picture_gives_no_caption()
    {
        const string kai = "<p style=\"text-align: center;\"><span style=\"font-family: 標楷體; font-size: 12pt;\">{0}</span></p>";
        using var document = new HtmlParser().ParseDocument("<html><body><div>" + Picture
            + string.Format(kai, "河边的渡船一早就停在码头旁 等着第一班的乘客") + "<p style=\"text-align: center;\"> </p>"
            + string.Format(kai, "对岸的山头还留着一层薄雾 渡船慢慢地开了出去") + "</div></body></html>");
        Assert.Empty(HtmlCaptions.Read(document));
    }
}
