using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NumberedReplyReferenceTests
{
    /// <summary>A Spanish daily's story over its thread, as both page tests print it.</summary>
    private const string Article = """
        Fomento aplaza a 2016 la licitación del último tramo del AVE a Galicia

        Marta Lozano Ribera | Madrid
        Actualizado: jueves 26/09/2013 18:42 horas

        El Ministerio de Fomento ha decidido aplazar hasta 2016 la licitación de las obras del tramo de alta velocidad entre Ourense y Lubián.

        Gascón justificó el retraso por las restricciones presupuestarias y por la necesidad de revisar el proyecto del túnel.


        """;

    [Theory]
    [InlineData("#3 Escrito por mariña_lucense - 26.09.2013 | 19:24 horas (respuesta al #2)", 2)]
    [InlineData("#7 Hans Meier, 26.09.2013 19:24 (Antwort auf #12)", 12)]
    [InlineData("#4 Rui P. 26.09.2013 19:24 (em resposta ao #1)", 1)]
    public void A_bracketed_reference_names_the_answered_comment_by_its_number(string header, int number)
    {
        Assert.True(NumberedReplyReference.TryRead(header, out var read));
        Assert.Equal(number, read);
        Assert.DoesNotContain("(", NumberedReplyReference.Without(header));
    }

    [Theory]
    [InlineData("#3 Escrito por mariña_lucense - 26.09.2013 | 19:24 horas")]
    [InlineData("Fomento aplaza el AVE (respuesta al ministro)")]
    [InlineData("Hans Meier (Zürich)")]
    public void Other_brackets_name_no_comment(string header)
    {
        Assert.False(NumberedReplyReference.TryRead(header, out _));
        Assert.Same(header, NumberedReplyReference.Without(header));
    }

    [Fact]
    public void A_flat_reply_naming_a_number_answers_that_comment()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Article + """
            Comentarios (3)

            #1 Escrito por ourensano_77 - 26.09.2013 | 19:05 horas
            Otra vez lo mismo.
            Denunciar comentario | Responder

            #2 Escrito por Jacinto R. - 26.09.2013 | 19:11 horas
            Que arreglen primero los cercanías.
            Denunciar comentario | Responder

            #3 Escrito por mariña_lucense - 26.09.2013 | 19:24 horas (respuesta al #1)
            Desde Madrid todo se ve muy lejos.
            Denunciar comentario | Responder
            """), "page.txt");

        Assert.Equal(["ourensano_77", "Jacinto R.", "mariña_lucense"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, null, 1], page.Comments.Select(comment => comment.Parent));
        Assert.Equal("2013-09-26T19:24:00", page.Comments[2].PostedAt);
    }

    [Fact]
    public void A_reply_naming_a_number_from_an_earlier_page_keeps_the_parent_its_indent_gives()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Article + """
            Comentarios (75)

            #73 Escrito por ourensano_77 - 26.09.2013 | 19:05 horas
            Otra vez lo mismo.
            Denunciar comentario | Responder

            #74 Escrito por Jacinto R. - 26.09.2013 | 19:11 horas (respuesta al #57)
            Que arreglen primero los cercanías.
            Denunciar comentario | Responder

                #75 Escrito por mariña_lucense - 26.09.2013 | 19:24 horas (respuesta al #58)
                Desde Madrid todo se ve muy lejos.
                Denunciar comentario | Responder

            Página anterior
            """), "page.txt");

        // #57 and #58 are on the thread's earlier page: the flat reply stays a top-level comment, the indented one answers
        // the comment its indent puts it under, and no parent names an ordinal the page does not hold.
        Assert.Equal(["ourensano_77", "Jacinto R.", "mariña_lucense"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, null, 2], page.Comments.Select(comment => comment.Parent));
        Assert.All(page.Comments, comment => Assert.True(comment.Parent is null || page.Comments.Any(other => other.Ordinal == comment.Parent)));
    }
}
