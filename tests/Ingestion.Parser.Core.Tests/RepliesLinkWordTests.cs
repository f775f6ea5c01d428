using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RepliesLinkWordTests
{
    [Theory]
    [InlineData("Alle 5 Antworten anzeigen", true)]
    [InlineData("Ver 3 respuestas más", true)]
    [InlineData("Voir les 4 réponses", true)]
    [InlineData("Alle 21 Kommentare anzeigen", false)]
    [InlineData("Antworten | Melden", false)]
    [InlineData("Ich habe 5 Antworten auf meine Frage bekommen, aber keine hilft mir weiter.", false)]
    public void A_short_link_counting_replies_in_the_sites_language_names_replies(string line, bool replies) => Assert.Equal(replies, RepliesLinkWord.Names(line));

    [Fact]
    public void A_link_to_one_comments_replies_does_not_close_the_thread() =>
        Assert.True(CommentHeadings.IsLinkToOneCommentsReplies("      Alle 5 Antworten anzeigen", 21));

    [Fact]
    public void A_link_to_as_many_replies_as_the_thread_declares_is_to_the_whole_thread() =>
        Assert.False(CommentHeadings.IsLinkToOneCommentsReplies("Alle 21 Antworten anzeigen", 21));
}
