using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BoxInsideCommentFormTests
{
    private static string Comment(int id, string name, string time, string text) => $"""
        <a id="comment-{id}"></a>
        <div class="story_comment_item">
        <div class="comment_infos"><div class="comment_title">{name}'s view</div>
        <div class="comment_author">Soumis par <span class="comment_author_name">{name}</span>, le {time}</div></div>
        <div class="comment_content"><p>{text}</p></div>
        </div>
        """;

    private const string ReplyForm = """
        <form action="/comment/reply/4242" accept-charset="UTF-8" method="post" id="comment-form"><div>
        <div id="story_footer_comment_box">
        <div class="comment_box_title">Réagir</div>
        <div class="form-item" id="edit-subject-wrapper"><label for="edit-subject">Titre du message: </label><input type="text" name="subject" id="edit-subject" /></div>
        <div id="edit-comment-wrapper" class="form-item"><label for="edit-comment">Message: *</label>
        <div>Vous devez vous connecter pour poster un commentaire.</div></div>
        </div></div></form>
        """;

    private static ParsedPage Parse(string formOpen, string form, string formClose) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Le bac du port gardera sa dernière traversée | Les Quais</title>
        <meta property="og:site_name" content="Les Quais"></head><body>{formOpen}
        <div id="story"><div id="story_content">
        <h1>Le bac du port gardera sa dernière traversée</h1>
        <div id="story_text">
        <p>La régie du port a confirmé lundi que la traversée de vingt-deux heures serait maintenue tout l'hiver, malgré une fréquentation en baisse depuis la rentrée.</p>
        <p>Les usagers de la rive nord, qui travaillent pour beaucoup dans les conserveries du quai, avaient réuni près de deux mille signatures en trois semaines.</p>
        <p>Le conseil portuaire réexaminera l'horaire au printemps, quand les comptes de la saison seront connus et que le nouveau ponton sera livré.</p>
        </div></div>
        <div id="story_footer_bottom">
        {form}
        <div class="story_footer_comments"><div id="story_comments_content">
        <div class="comment_box_top_reacs"><div class="comment_box_title">2 réactions</div></div>
        {Comment(9001, "quaidunord", "lundi 14 octobre 2013 à 15h46", "Enfin une bonne nouvelle pour ceux qui finissent tard à la conserverie, merci aux signataires.")}
        {Comment(9002, "Anne-Lise Moreau", "mardi 15 octobre 2013 à 9h05", "Il faudrait aussi un bac plus tôt le samedi matin pour les marchés de la rive sud.")}
        </div></div>
        </div></div>{formClose}
        </body></html>
        """), "bac.html");

    [Fact]
    public void A_box_inside_the_comment_form_above_the_thread_is_not_taken_for_the_thread()
    {
        var page = Parse("", ReplyForm, "");

        Assert.Equal(["quaidunord", "Anne-Lise Moreau"], page.Comments.Select(comment => comment.Author));
        Assert.Equal("2013-10-15T09:05:00", page.Comments[1].PostedAt);
        Assert.Equal(2, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_page_wrapped_whole_in_a_form_that_names_no_comment_still_has_its_thread_read()
    {
        var page = Parse("<form id=\"aspnetForm\" method=\"post\" action=\"./bac.aspx\">", "", "</form>");

        Assert.Equal(["quaidunord", "Anne-Lise Moreau"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(2, page.DeclaredCommentCount);
    }
}
