using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Escreva um comentário" under a Portuguese daily's thread, in <see cref="CommentHeadings"/>' form prefixes.</summary>
public class PortugueseCommentFormTests
{
    [Theory]
    [InlineData("Escreva um comentário")]
    [InlineData("Escreva o seu comentário")]
    [InlineData("Legg til en kommentar …")]
    [InlineData("Lägg till en kommentar...")]
    public void The_form_under_the_thread_is_a_form_heading(string line) =>
        Assert.Equal(CommentHeadings.Kind.Form, CommentHeadings.Classify(line));

    [Theory]
    [InlineData("Escreveu um comentário no Facebook que foi partilhado milhares de vezes.")]
    [InlineData("Comentário")]
    public void Prose_and_a_field_label_are_no_form_heading(string line) =>
        Assert.NotEqual(CommentHeadings.Kind.Form, CommentHeadings.Classify(line));
}
