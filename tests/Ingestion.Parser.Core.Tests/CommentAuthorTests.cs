using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentAuthorTests
{
    [Theory]
    [InlineData("Dana Rourke Staff", "Dana Rourke")]
    [InlineData("marisol_r Mod", "marisol_r")]
    [InlineData("Sentinel Staff", "Sentinel Staff")]
    [InlineData("Metro Editor", "Metro Editor")]
    [InlineData("Dana Whitfield Post author", "Dana Whitfield")]
    [InlineData("Avatar kestrel_88", "kestrel_88")]
    [InlineData("HarrietQuill Staff", "HarrietQuill")]
    [InlineData("KXRV Staff", "KXRV Staff")]
    [InlineData("GrainneOD Contributor", "GrainneOD")]
    [InlineData("Carl Vettori, Contributor", "Carl Vettori")]
    [InlineData("WKTX Web Staff Moderator", "WKTX Web Staff")]
    [InlineData("Gazette News Staff", "Gazette News Staff")]
    [InlineData("EastSideDad (not verified)", "EastSideDad")]
    [InlineData("Ernst Hagedorn (ehagedorn)", "Ernst Hagedorn")]
    [InlineData("Rita Sandoval (Pueblo)", "Rita Sandoval")]
    [InlineData("kingman_chaser (Kingman, KS)", "kingman_chaser")]
    [InlineData("Pat Reinholt (Newton, KS)", "Pat Reinholt")]
    [InlineData("FrequentFlierFran Super User Fan", "FrequentFlierFran")]
    [InlineData("oldschoolpilot Level 2 Moderator Fan", "oldschoolpilot")]
    [InlineData("josh_in_denver Fan", "josh_in_denver")]
    [InlineData("Giants Fan", "Giants Fan")]
    [InlineData("oldschoolpilot Portland", "oldschoolpilot Portland")]
    [InlineData("bucktownmombucktownmom", "bucktownmom")]
    [InlineData("Pilsen_Joe Pilsen_Joe", "Pilsen_Joe")]
    [InlineData("Mimi", "Mimi")]
    [InlineData("HelenAshdownStaff in response to PennyFarthing71", "HelenAshdown")]
    [InlineData("HelenAshdownStaff", "HelenAshdown")]
    [InlineData("Carestaff", "Carestaff")]
    [InlineData("Staff", "Staff")]
    [InlineData("Tom Tom", "Tom Tom")]
    public void A_badge_after_a_name_goes_but_a_desk_signing_as_itself_keeps_its_name(string header, string author)
    {
        Assert.Equal(author, CommentAuthor.Clean(header, parentAuthor: null));
    }

    [Theory]
    [InlineData("1 Mariscadora de Cambados", "Mariscadora de Cambados")]
    [InlineData("#12 xoan", "xoan")]
    [InlineData("3. Pilar R.", "Pilar R.")]
    [InlineData("1 | montillano", "montillano")]
    [InlineData("49ers_fan", "49ers_fan")]
    [InlineData("2013", "2013")]
    [InlineData("+7 #1 Maria K", "Maria K")]
    [InlineData("-2 #2 Stelios", "Stelios")]
    [InlineData("0 #3 Northside Residents", "Northside Residents")]
    public void A_comments_number_before_the_name_goes(string header, string author)
    {
        Assert.Equal(author, CommentAuthor.Clean(header, parentAuthor: null));
    }

    [Theory]
    [InlineData("by: Emmanuel from: Nigeria", "Emmanuel")]
    [InlineData("Samir from: Amman", "Samir")]
    [InlineData("by: Grace K. from: USA", "Grace K.")]
    [InlineData("from: Raghav S., Bangalore", "Raghav S.")]
    [InlineData("by: anonymous", "anonymous")]
    public void A_labelled_header_gives_the_name_without_its_labels_and_country(string header, string author)
    {
        Assert.Equal(author, CommentAuthor.Clean(header, parentAuthor: null));
    }

    [Theory]
    [InlineData("Gary Lindqvist via Facebook", "Gary Lindqvist")]
    [InlineData("Marta Kowalski via Twitter", "Marta Kowalski")]
    [InlineData("Notes via Email", "Notes via Email")]
    public void The_account_a_writer_signed_in_with_goes(string header, string author)
    {
        Assert.Equal(author, CommentAuthor.Clean(header, parentAuthor: null));
    }

    [Theory]
    [InlineData("fellwalker_77, Penrith, United Kingdom", "fellwalker_77")]
    [InlineData("Tony, Sydney, Australia", "Tony")]
    [InlineData("Dónal, Cork", "Dónal")]
    [InlineData("Marta Ruiz, retired nurse, Los Angeles", "Marta Ruiz, retired nurse, Los Angeles")]
    public void A_town_and_country_after_the_name_go(string header, string author)
    {
        Assert.Equal(author, CommentAuthor.Clean(header, parentAuthor: null));
    }

    [Theory]
    [InlineData("• Ray Castellano · Top Commenter · Temple Ridge University", "Ray Castellano")]
    [InlineData("• Dwight Kamenski · Fresno", "Dwight Kamenski")]
    public void A_badge_workplace_or_town_after_a_bulleted_name_goes(string header, string author)
    {
        Assert.True(CommentLine.TryReadAuthor(header, out var name, out _, out _));
        Assert.Equal(author, name);
    }

    [Theory]
    [InlineData("Karl Jessup (kjessup) wrote:", "Karl Jessup")]
    [InlineData("Ana Whitlock (Portland) wrote:", "Ana Whitlock (Portland)")]
    public void A_screen_name_in_brackets_after_the_name_goes_but_a_town_stays(string header, string author)
    {
        Assert.True(CommentLine.TryReadAuthor(header, out var name, out _, out _));
        Assert.Equal(author, name);
    }

    [Theory]
    [InlineData("Comment Link Wednesday, 14 May 2014 12:40 posted by Brendan K", "Brendan K", "2014-05-14T12:40:00")]
    [InlineData("by BrewCityBallin on Nov 5, 2013 | 7:14 AM reply rec flag", "BrewCityBallin", "2013-11-05T07:14:00")]
    [InlineData("by RiverCityTitan on Sep 22, 2013 | 4:31 PM reply actions", "RiverCityTitan", "2013-09-22T16:31:00")]
    public void A_signature_with_its_time_and_buttons_gives_the_writer_and_the_time(string line, string author, string time)
    {
        Assert.True(CommentLine.TryReadAuthor(line, out var name, out var when, out _));
        Assert.Equal(author, name);
        Assert.Equal(time, when?.ToIso());
    }

    [Theory]
    [InlineData("• Priya K3 days ago", "Priya K")]
    [InlineData("• anand.s5 hours ago", "anand.s")]
    [InlineData("• Tomas Berg2 weeks ago", "Tomas Berg")]
    [InlineData("• harbor75 • il y a 2 heures", "harbor75")]
    [InlineData("• Tomas Berg 2 days ago", "Tomas Berg")]
    public void A_relative_times_count_run_into_the_name_is_the_times(string header, string author)
    {
        Assert.True(CommentLine.TryReadAuthor(header, out var name, out var time, out _));
        Assert.Equal(author, name);
        Assert.True(time?.Relative);
    }

    [Theory]
    [InlineData("• trainspotter44 • a year ago", "trainspotter44")]
    [InlineData("• reelfan7 • a month ago", "reelfan7")]
    public void A_names_digits_stay_when_the_relative_time_has_its_own_count(string header, string author)
    {
        Assert.True(CommentLine.TryReadAuthor(header, out var name, out var time, out _));
        Assert.Equal(author, name);
        Assert.True(time?.Relative);
    }

    [Theory]
    [InlineData("* Mar 15: Solidarity rally, Capitol steps")]
    [InlineData("* Events: Building trades breakfast")]
    public void A_list_item_holding_a_label_and_its_words_is_no_commenter(string line)
    {
        Assert.False(CommentLine.TryReadAuthor(line, out _, out _, out _));
    }

    [Theory]
    [InlineData("July 20, 2012 at 4:12 PM MDT · Reply · Like (22) · Flag", true)]
    [InlineData("Reply · Like · 3 · Follow Post · September 30, 2013 at 10:02am", true)]
    [InlineData("July 20, 2012 · Denver city council · Flag", false)]
    [InlineData("Responder · Me gusta · 8 · Seguir publicación · 12 de marzo a las 15:20", true)]
    [InlineData("Responder · Me gusta · 23 · 12 de junio a la(s) 14:38", true)]
    [InlineData("July 16, 2011 at 7:45 AM Delete", true)]
    [InlineData("July 16, 2011 at 7:45 a.m. Delete", true)]
    [InlineData("03/12/2013 3:11 P.M.   Favorite   Reply", true)]
    [InlineData("We met at 7:45 a.m. Delete", false)]
    [InlineData("March 12, 2013 Reply", true)]
    [InlineData("I will read the minutes of March 12, 2013 and reply", false)]
    [InlineData("24 september 2013 om 19:05 | Reageer | Meld misbruik", true)]
    [InlineData("24.09.2013 19:05 | Rispondi | Segnala abuso", true)]
    [InlineData("24.09.2013, 17:21 | Antworten | Bewerten", true)]
    public void A_comments_time_beside_its_buttons_is_read_either_side(string line, bool read)
    {
        Assert.Equal(read, CommentLine.TryParseAfterActions(line, out _));
    }

    [Theory]
    [InlineData("Author", true)]
    [InlineData("AUTHOR", true)]
    [InlineData("Authority", false)]
    [InlineData("The author replied", false)]
    public void A_badge_alone_is_read_in_any_case(string line, bool badge) => Assert.Equal(badge, CommentAuthor.IsBadgeAlone(line));

    [Theory]
    [InlineData("Marisa G. responde a Jose_Luis_M", "Marisa G.")]
    [InlineData("Anne Morel répond à Paul", "Anne Morel")]
    [InlineData("Ramón Aguado", "Ramón Aguado")]
    public void A_reply_header_in_another_language_names_the_writer_before_the_join(string header, string writer) =>
        Assert.Equal(writer, CommentAuthor.Clean(header, null));

    [Theory]
    [InlineData("Imogen FairleyStaff", "Imogen Fairley")]
    [InlineData("The Coastal SunModerator", "The Coastal Sun")]
    [InlineData("priyadesaiAuthor", "priyadesai")]
    public void A_badge_glued_to_the_names_end_is_no_part_of_it(string header, string author) =>
        Assert.Equal(author, CommentAuthor.Clean(header, parentAuthor: null));

    [Theory]
    [InlineData("Tom Bradstaff")]
    [InlineData("Dana MacModerator Smith")]
    public void A_surname_ending_in_a_badge_words_letters_keeps_them(string header) =>
        Assert.Equal(header, CommentAuthor.Clean(header, parentAuthor: null));

    [Theory]
    [InlineData("Tom Gillespie Top Commenter", "Tom Gillespie")]
    [InlineData("pixelmonk Recommended", "pixelmonk")]
    [InlineData("Recommended", "Recommended")]
    public void A_badge_after_the_name_on_its_line_is_no_part_of_it(string header, string author) =>
        Assert.Equal(author, CommentAuthor.Clean(header, parentAuthor: null));
}
