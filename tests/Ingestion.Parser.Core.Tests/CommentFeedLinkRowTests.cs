using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentFeedLinkRowTests
{
    [Theory]
    [InlineData("RSS feed for comments on this post.")]
    [InlineData("RSS feed for comments on this post. TrackBack URI")]
    [InlineData("Kommentare als RSS")]
    [InlineData("Kommentar-Feed | Kommentare sind geschlossen | Trackback URL")]
    [InlineData("Comments RSS | Trackback URI")]
    public void A_comment_feed_link_or_a_footer_row_with_it_is_furniture(string line) => Assert.True(CommentFeedLinkRow.Is(line));

    [Theory]
    [InlineData("Is there an RSS feed for comments on this post?")]
    [InlineData("I read the comments feed every morning before work.")]
    [InlineData("Comments closed | Trackback URI")]
    [InlineData("RSS feed for comments: the plugin breaks it on every update, as I wrote in the comments last year.")]
    [InlineData("Feed the birds in winter, the comments say, but not with bread | Garden notes")]
    public void A_writer_s_sentence_or_a_row_without_the_feed_link_stays(string line) => Assert.False(CommentFeedLinkRow.Is(line));
}
