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
}
