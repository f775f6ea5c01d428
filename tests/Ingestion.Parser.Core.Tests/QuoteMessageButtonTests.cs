using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A Spanish daily's "Responder   Citar mensaje" row under each comment is a row of buttons, no paragraph.</summary>
public class QuoteMessageButtonTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>El muelle cierra por obras | Diario del Puerto</title></head>
        <body><div class="noticia"><h1>El muelle cierra por obras</h1>
        <p>El viejo muelle de pasajeros cerrará durante tres meses para reparar la grieta que apareció tras el temporal del martes.</p>
        <p>Los buzos encontraron la grieta en una segunda inspección y los ingenieros siguen estudiando los daños esta semana.</p>
        </div>
        <div id="comentarios"><h3>Comentarios</h3><ol>
        <li><div class="usuario"><strong>marinero22</strong> <span class="fecha_hora">28.oct.2012 | 11:26</span></div>
        <p>Ya era hora de que alguien mirase ese muelle, lleva años sin mantenimiento.</p>
        <div class="interact">{row}</div></li>
        <li><div class="usuario"><strong>lucia_b</strong> <span class="fecha_hora">28.oct.2012 | 11:40</span></div>
        <p>Espero que lo abran antes del verano, los barcos de la isla lo necesitan.</p>
        <div class="interact">{row}</div></li>
        </ol></div></body></html>
        """), "muelle.html", "text/html");

    [Theory]
    [InlineData("""<a class="responder" href="#comentar">Responder</a> <a class="citar" href="#comentar">Citar mensaje</a>""")]
    [InlineData("""<a href="#comentar">Responder</a> <a href="#comentar">Citar mensaje</a> <span class="denunciar">Denunciar</span>""")]
    public void The_quote_button_row_is_no_paragraph(string row)
    {
        var page = Parse(row);
        Assert.Equal(2, page.Comments.Count);
        Assert.All(page.Comments, comment => Assert.Single(comment.Paragraphs));
        Assert.Equal("marinero22", page.Comments[0].Author);
    }

    [Fact]
    public void A_comment_that_speaks_of_a_message_stays()
    {
        var page = Parse("""<a href="#comentar">Responder</a>""");
        Assert.All(page.Comments, comment => Assert.Single(comment.Paragraphs));
        Assert.Equal("Espero que lo abran antes del verano, los barcos de la isla lo necesitan.", page.Comments[1].Paragraphs[0]);
    }
}
