using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SpanishDislikeButtonTests
{
    [Theory]
    [InlineData("No me gusta (3)   Responder   Denunciar", true)]
    [InlineData("no me gusta", true)]
    [InlineData("No me gustaría que cerraran la línea", false)]
    [InlineData("No", false)]
    public void No_opens_the_dislike_button_only_before_me_gusta(string rest, bool opens) =>
        Assert.Equal(opens, SpanishDislikeButton.Opens(rest));

    [Fact]
    public void The_vote_row_under_each_comment_is_no_text_while_a_one_word_no_stays()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            La línea H llegará a Recoleta recién en 2015

            Por Martín Iriarte
            Jueves 26 de septiembre de 2013 | 18:42 hs.

            El gobierno porteño anunció ayer que la línea H de subterráneos llegará a Facultad de Derecho recién a mediados de 2015.

            La demora se debe a problemas con la excavación bajo la avenida Pueyrredón y a la renegociación del contrato.

            Comentarios (2)

            Horacio_Caballito   hace 2 horas
            Dos años más. Un chiste.
            Me gusta (12)   No me gusta (3)   Responder   Denunciar

            lucreciab   hace 3 horas
            No
            Me gusta (2)   No me gusta (0)   Responder   Denunciar
            """), "page.txt");

        Assert.Equal([["Dos años más. Un chiste."], ["No"]], page.Comments.Select(comment => comment.Paragraphs));
        Assert.Equal("2013-09-26T18:42:00", page.PublishedAt);
    }
}
