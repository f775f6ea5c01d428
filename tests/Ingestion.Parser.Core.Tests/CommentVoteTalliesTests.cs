using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentVoteTalliesTests
{
    [Theory]
    [InlineData("<span class=\"vote-none\">0</span>")]
    [InlineData("<span class=\"vote-good\">+7</span>")]
    [InlineData("<span class=\"vote-bad\">-2</span>")]
    [InlineData("<span class=\"comment__score-value\">3</span>")]
    [InlineData("<span class=\"idc-v-total idc-v-pos\">+4</span>")]
    public void A_vote_tally_leaves_the_thread(string tally)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><p>Good point.</p>" + tally + "</div></body></html>");
        var container = document.GetElementById("c")!;
        CommentVoteTallies.Remove(container);
        Assert.Equal("Good point.", container.TextContent);
    }

    [Fact]
    public void An_intensedebate_element_that_is_no_tally_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"idc-v-total\">Vote</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentVoteTallies.Remove(container);
        Assert.Equal("Vote", container.TextContent);
    }

    [Fact]
    public void A_vote_button_with_words_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"vote-link\">Vote up</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentVoteTallies.Remove(container);
        Assert.Equal("Vote up", container.TextContent);
    }
}
