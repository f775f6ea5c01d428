using System.Text;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// An invented Spanish daily's story in the shape of a 2012 page: Dublin Core metas naming the publishing company as
/// author, creator and publisher, a byline of two writers' links, pull-out lines in floated boxes between the paragraphs
/// and a closing credit for the colleagues who reported. Shared by the tests of the rules that read it.
/// </summary>
internal static class DiarioStoryPage
{
    public const string FirstPullOut = "El puerto cobrará un seis por ciento más por cada amarre";

    public static ParsedPage Parse(string? authorMeta = "Ediciones La Bahía", string pullOutClass = "izquierda", string pullOut = FirstPullOut,
        string credit = "Con información de Lucía Ferrer, Iker Soto y Ana M. Ruiz.") => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
        {(authorMeta is null ? "" : $"""<meta name="author" content="{authorMeta}" />""")}
        <meta name="DC.title" lang="es" content="El puerto sube la tarifa de los amarres" />
        <meta name="DC.creator" content="Ediciones La Bahía" />
        <meta name="DC.publisher" content="Ediciones La Bahía" />
        <meta property="og:title" content="El puerto sube la tarifa de los amarres"/>
        <meta property="og:site_name" content="LA BAHÍA"/>
        <title>El puerto sube la tarifa de los amarres | Sociedad | LA BAHÍA</title></head>
        <body><div class="contenido_principal"><div class="article">
        <h1 id="titulo_noticia">El puerto sube la tarifa de los amarres</h1>
        <div class="firma_comentarios"><span class="firma"><span class="autor">
        <a href="/autor/marta_gil/a/" rel="author">Marta Gil</a> / <a href="/autor/pablo_roca/a/" rel="author">Pablo Roca</a></span>
        <span class="data">Vigo</span> <a href="/tag/fecha/20121027" class="actualizado">27 OCT 2012 - 12:14 <abbr>CET</abbr></a></span></div>
        <div id="cuerpo_noticia" class="cuerpo_noticia">
        <p>El consejo del puerto aprobó el jueves una subida del seis por ciento en la tarifa de los amarres, la primera en cuatro años, tras un largo debate con las asociaciones de navegantes que llenaron la sala de plenos durante toda la tarde.</p>
        <div id="sumario_1|html" class="{pullOutClass}"><a name="sumario_1"></a><p class="texto_grande">{pullOut}</p></div>
        <p>La recaudación servirá para reparar el dique norte, cuyos bloques se movieron durante los temporales del invierno, y para dragar el canal de entrada antes de que empiece la temporada de verano en la ría.</p>
        <p>Las asociaciones de navegantes anunciaron que recurrirán la decisión, porque a su juicio la subida castiga sobre todo a los barcos pequeños que apenas usan los servicios del puerto durante el año.</p>
        <p class="nota_pie">{credit}</p>
        </div></div></div>
        <div id="pie"><ul><li>&copy; <a href="/corporativos/"><strong>EDICIONES LA BAHÍA, S.L.</strong></a></li><li><a href="/aviso-legal/">Aviso legal</a></li></ul></div>
        </body></html>
        """), "noticia.html");
}
