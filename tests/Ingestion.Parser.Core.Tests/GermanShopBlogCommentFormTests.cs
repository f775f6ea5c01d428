using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>CommentHeadings' form prompts widened: a German blog's form heading and its sign-in note in the form's place.</summary>
public class GermanShopBlogCommentFormTests
{
    [Theory]
    [InlineData("Schreiben Sie Ihren Kommentar")]
    [InlineData("Schreiben Sie einen Kommentar:")]
    [InlineData("Du musst eingeloggt sein, um einen Kommentar abgeben zu können.")]
    [InlineData("Sie müssen eingeloggt sein, um zu kommentieren.")]
    public void The_form_heading_and_sign_in_note_open_the_form(string line) =>
        Assert.Equal(CommentHeadings.Kind.Form, CommentHeadings.Classify(line));

    [Theory]
    [InlineData("Schreiben Sie uns, wenn Sie Fragen zur Lieferung haben.")]
    [InlineData("Du musst nicht lange suchen, um eine passende Leuchte zu finden.")]
    public void A_sentence_that_opens_alike_is_no_form(string line) =>
        Assert.NotEqual(CommentHeadings.Kind.Form, CommentHeadings.Classify(line));
}
