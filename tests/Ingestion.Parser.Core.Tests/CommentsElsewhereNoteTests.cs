using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentsElsewhereNoteTests
{
    [Theory]
    [InlineData("Fragen oder Einwände? Kommentare und Diskussionen zu unseren Texten finden sich auf Mastodon und auf Facebook.")]
    [InlineData("Thoughts? The discussion of our posts happens on Twitter.")]
    public void A_note_sending_readers_to_a_network_to_discuss_the_post_is_furniture(string line)
    {
        Assert.True(CommentsElsewhereNote.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Hunderte wütende Kommentare erschienen binnen einer Stunde auf Facebook.")]
    [InlineData("Wer liest eigentlich all die Kommentare unter den Beiträgen auf Facebook?")]
    [InlineData("Was tun? Die Stadt will die Debatte im Rathaus führen, nicht auf Facebook.")]
    [InlineData("Fragen oder Einwände? Kommentare und Diskussionen zu unseren Texten finden sich unter jedem Beitrag.")]
    public void A_sentence_about_comments_on_a_network_stays(string line)
    {
        Assert.False(CommentsElsewhereNote.Is(line));
    }
}
