using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LikeButtonCountsTests
{
    [Fact]
    public void A_like_buttons_count_under_the_text_goes()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><article><p>Text.</p><div class=\"post-ufi\">"
            + "<a class=\"post-ufi-button like-button\"><svg></svg><span class=\"label\">23</span></a><span class=\"likes\">1.2K</span></div></article></body></html>");

        LikeButtonCounts.Remove(document);

        Assert.Equal("Text.", document.Body!.TextContent);
    }

    [Fact]
    public void A_block_of_that_class_with_words_or_a_number_of_another_class_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><article><div class=\"like-box\">Like this story?</div>"
            + "<span class=\"likely-count\">23</span><span class=\"label\">14</span></article></body></html>");

        LikeButtonCounts.Remove(document);

        Assert.Equal("Like this story?2314", document.Body!.TextContent);
    }
}
