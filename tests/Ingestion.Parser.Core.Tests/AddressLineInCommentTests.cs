using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AddressLineInCommentTests
{
    private static PageLines Lines(params string[] lines) => new(TextLine.Split(string.Join('\n', lines)));

    [Fact]
    public void A_lone_handle_between_sentences_of_a_markup_thread_is_the_comment_s_text()
    {
        var lines = Lines("Mit der Bedarfsprüfung wäre allen mehr geholfen als mit dem Losglück.", "@Ole", "Die Satzung wird gerade geändert, der Entwurf liegt im Rathaus aus.");

        using (MarkupLines.Enter())
        {
            Assert.True(AddressLineInComment.Is(lines, 1));
            Assert.Equal(CommentLine.Kind.Text, CommentLine.Classify(lines, 1));
        }
    }

    [Fact]
    public void Outside_markup_or_under_a_name_a_handle_line_is_left_to_the_other_rules()
    {
        var underName = Lines("Hanna Vogt", "@hvogt", "Die Satzung wird gerade geändert, der Entwurf liegt im Rathaus aus.");
        var text = Lines("Mit der Bedarfsprüfung wäre allen mehr geholfen als mit dem Losglück.", "@Ole", "Die Satzung wird gerade geändert, der Entwurf liegt im Rathaus aus.");

        Assert.False(AddressLineInComment.Is(text, 1));
        using (MarkupLines.Enter())
        {
            Assert.False(AddressLineInComment.Is(underName, 1));
        }
    }
}
