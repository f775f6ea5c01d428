using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PingbackListHeadingTests
{
    [Theory]
    [InlineData("Trackbacks/Pingbacks")]
    [InlineData("Trackbacks & Pingbacks")]
    [InlineData("Pingbacks (2)")]
    public void The_heading_over_other_blogs_links_is_one(string text) => Assert.True(PingbackListHeading.Is(text));

    [Theory]
    [InlineData("Trackbacks are broken on this blog.")]
    [InlineData("Tags: trackways, Harrowgate Formation")]
    [InlineData("Pingback: Weekly roundup | The Bone Bench")]
    public void A_sentence_or_an_entry_is_no_heading(string text) => Assert.False(PingbackListHeading.Is(text));

    [Fact]
    public void The_heading_closes_the_thread_as_a_form_does() =>
        Assert.Equal(CommentHeadings.Kind.Form, CommentHeadings.Classify("Trackbacks/Pingbacks"));
}
