using System.Text;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// An invented French daily's article with its own comment system, in the shape of a 2013 page: a count box whose id
/// names the comments over the list of comments, a subscriber's badge under the avatar, a button row under each comment
/// with the toggle to its folded reply, and the replies in a child list. Shared by the tests of the rules that read it.
/// </summary>
internal static class DailyThreadPage
{
    public sealed record Entry(string Name, string Time, string Text, bool Subscriber = false, Entry? Reply = null);

    private static string Comment(int id, Entry entry, bool reply = false)
    {
        var toggle = entry.Reply is null ? "" : """<a href="#" class="btn-show-cmt" onclick="return false;"><span class="btn-show-cmt-txt">Lire la <span class="fig-hl">réponse</span> à ce commentaire</span><b></b></a>""";
        var badge = entry.Subscriber ? """<span class="fig-comment-type">Abonné</span>""" : "";
        var child = entry.Reply is null ? "" : $"""<ul class="fig-comment-child"><li>{Comment(id + 50, entry.Reply, reply: true)}</li></ul>""";
        return $"""
            <li class="fig-comment {id}"><article class="fig-comment-content">
            <div class="fig-comment-avatar-wrapper"><a href="https://example.org/page/{id}" class="fig-comment-avatar" title=""><img src="https://example.org/avatar-{id}.jpg" alt="Avatar" /><b class="arrow"></b></a>{badge}</div>
            <div class="fig-comment-header"><a href="https://example.org/page/{id}" class="fig-comment-user">{entry.Name}</a></div>
            <div class="fig-comment-msg"><p>{entry.Text}</p></div>
            <div class="fig-comment-footer"><span class="fig-comment-timestamp">Le {entry.Time}</span>
            <div class="fig-comment-tools">{toggle} <a href="https://example.org/alert/{id}" class="fig-comment-alerter">Alerter</a>
            <a href="https://example.org/reply/{id}" class="fig-comment-repondre">Répondre</a></div></div>
            </article>{child}{(reply ? "" : "</li>")}
            """;
    }

    public static ParsedPage Parse(IReadOnlyList<Entry> entries, string countBox = """<div id="nbcomments" class="mod-line"><p class="mod-title nb-comments"><span class="hl">4</span> commentaires</p></div>""")
    {
        var list = new StringBuilder();
        for (var i = 0; i < entries.Count; i++)
        {
            list.Append(Comment(100 + i, entries[i]));
        }

        return PageParser.Parse(Encoding.UTF8.GetBytes($"""
            <html><head><title>Le port de Saint-Aubin vote un nouveau tarif des amarrages</title>
            <meta property="og:site_name" content="La Gazette du Littoral"></head><body>
            <article class="article">
            <h1 itemprop="headline">Le port de Saint-Aubin vote un nouveau tarif des amarrages</h1>
            <p class="auteur">Par <a href="#auteur">Hélène Corbière</a> <time datetime="2013-04-05T17:08:23+02:00">le 05/04/2013 à 17:08</time></p>
            <div class="article-body">
            <p>Le conseil portuaire a adopté jeudi soir une hausse de six pour cent du tarif des amarrages, la première depuis quatre ans, après un long débat avec les associations de plaisanciers.</p>
            <p>La recette servira à réparer la digue nord, dont les blocs ont bougé pendant les tempêtes de l'hiver, et à draguer le chenal avant la saison d'été.</p>
            </div></article>
            <section class="conversation"><div class="mod" id="reagir"><p class="mod-title">Réagir à cet article</p></div>
            {countBox}
            <div class="mod-line"><ul class="fig-comments">{list}</ul></div>
            </section>
            <footer><ul><li><a href="/plan">Plan du site</a></li><li><a href="/mentions">Mentions légales</a></li></ul></footer>
            </body></html>
            """), "article.html");
    }

    public static readonly Entry[] Thread =
    [
        new("bernique56", "21/04/2013 à 02:20", "Enfin une décision sensée, la digue nord ne tiendra pas un hiver de plus.", Subscriber: true),
        new("Marc Levasseur", "07/04/2013 à 17:29", "Six pour cent pour les petits bateaux, c'est beaucoup trop quand on voit l'état des pontons."),
        new("capitaine.flam", "06/04/2013 à 11:36", "Et les plaisanciers de passage, ils paieront aussi la digue ?",
            Reply: new("Soizic Le Du", "19/04/2013 à 22:54", "ils paient déjà la taxe de séjour")),
    ];
}
