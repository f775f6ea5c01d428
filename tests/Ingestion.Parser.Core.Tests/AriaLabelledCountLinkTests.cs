using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AriaLabelledCountLinkTests
{
    private static ParsedPage Parse(string countBox) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry keeps its late run</title></head><body>
        <article><h1>Night ferry keeps its late run</h1>
        <div id="body"><p>The harbour board voted on Monday to keep the night ferry's last crossing at half past eleven through the winter.</p>
        <p>Shift workers at the container terminal had asked for the late run to stay, the board's chair said after the vote.</p></div>
        <div class="comments ">{{countBox}}</div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_count_link_whose_shown_number_is_hidden_from_readers_declares_the_labels_count()
    {
        var page = Parse("""
            <a class="comment_count" aria-label="Read comments on this story, currently there are 14 comments" href="https://forums.harbour.example/forum/night-ferry/">
            <strong aria-hidden="true">14</strong> <img aria-hidden="true" alt="speech bubble" src="/bubble.png"> COMMENTS</a>
            """);
        Assert.Equal(14, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }

    [Fact]
    public void A_label_whose_number_the_link_does_not_show_declares_nothing()
    {
        var page = Parse("""
            <a class="comment_count" aria-label="Join the 14 comments" href="https://forums.harbour.example/forum/night-ferry/">Read the COMMENTS</a>
            """);
        Assert.Null(page.DeclaredCommentCount);
    }

    [Fact]
    public void A_labelled_link_that_names_no_comments_on_screen_counts_nothing()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div id="box"><a aria-label="Share with 3 comments" href="/share"><span aria-hidden="true">3</span> SHARE</a></div></body></html>
            """);
        Assert.Null(AriaLabelledCountLink.Of(document.GetElementById("box")!));
    }
}
