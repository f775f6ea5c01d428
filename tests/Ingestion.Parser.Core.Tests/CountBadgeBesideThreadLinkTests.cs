using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A link to the thread by the bare word, with the count in a badge right after it, declares that count.</summary>
public class CountBadgeBesideThreadLinkTests
{
    private static ParsedPage Parse(string tools) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>El muelle cierra por obras | Diario del Puerto</title></head>
        <body><div class="noticia"><h1>El muelle cierra por obras</h1>
        <div class="comenta">{tools}</div>
        <p>El viejo muelle de pasajeros cerrará durante tres meses para reparar la grieta que apareció tras el temporal del martes.</p>
        <p>Los buzos encontraron la grieta en una segunda inspección y los ingenieros siguen estudiando los daños esta semana.</p>
        </div>
        <div id="comentarios"><ol>
        <li><div class="usuario"><strong>marinero22</strong> <span class="fecha_hora">28.oct.2012 | 11:26</span></div>
        <p>Ya era hora de que alguien mirase ese muelle, lleva años sin mantenimiento.</p></li>
        </ol></div></body></html>
        """), "muelle.html", "text/html");

    [Theory]
    [InlineData("<a href=\"#comentarios\">Comentarios</a>\n<span>15</span>", 15)]
    [InlineData("""<a href="#comentarios">Comments</a> <strong>1,204</strong>""", 1204)]
    public void The_badge_after_the_bare_word_is_the_count(string tools, int count) =>
        Assert.Equal(count, Parse(tools).DeclaredCommentCount);

    [Theory]
    [InlineData("""<a href="#comentarios">Comentarios</a> <span>15 nuevos</span>""")]
    [InlineData("""<a href="#comentarios">Comentarios</a> en <span>15</span>""")]
    [InlineData("""<a href="#comentarios">Compartir</a> <span>15</span>""")]
    public void Anything_else_beside_the_link_declares_nothing(string tools) =>
        Assert.Null(Parse(tools).DeclaredCommentCount);
}
