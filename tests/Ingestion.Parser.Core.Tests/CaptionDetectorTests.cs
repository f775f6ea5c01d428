using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CaptionDetectorTests
{
    // The credit search asks first for a slash, a parenthesis or a credit word: a mark holding none would never be found.
    [Fact]
    public void Every_credit_mark_holds_a_slash_a_parenthesis_or_a_credit_word()
    {
        var unreachable = CaptionDetector.CreditMarks
            .Where(mark => mark.IndexOfAny(['/', '(']) < 0
                && !CaptionDetector.CreditWords.Any(word => mark.Contains(word, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.Empty(unreachable);
    }

    [Theory]
    [InlineData("Firefighters on the ridge above Canyon Road on Tuesday. (AP Photo/Dana Ruiz)")]
    [InlineData("The mayor at the council meeting. GETTY IMAGES")]
    [InlineData("The new bridge at dawn. Flickr/Tom Baxter")]
    [InlineData("Photo: Anna Keller")]
    [InlineData("El ministro de Industria, durante su comparecencia en el Congreso. / ULY MARTÍNEZ")]
    [InlineData("DEARER CROSSING: Commuters board the 7.10am sailing at Matiatia. ALDEN WAKEFIELD/Aotea Media NZ")]
    [InlineData("Rancher Dale Wiebe walks a dry stock pond near Meade, Kan., on Aug. 9. Helen Marsh/NPV")]
    [InlineData("The bike lane has been used by more than 600,000 cyclists since 2011. (Maple News)")]
    [InlineData("Hail covers a yard on North Broadwell Avenue on Tuesday evening. (Source: Viewer photo / Jenna Ruiz)")]
    [InlineData("A shopper loads groceries at a store on Chicago Avenue in Evanston. (Quentin Mbeki, Lakeshore Tribune / March 9, 2012)")]
    [InlineData("Protesters have occupied Independence Square in the centre of the capital [AFP]")]
    [InlineData("Shipwreck hunters found the steamer on the floor of Lake Superior in July. Photo courtesy Great Lakes Wreck Society.")]
    [InlineData("A health worker sprays disinfectant at a clinic in Monrovia, Liberia, Sept. 1, 2014.")]
    [InlineData("A parking officer checks meters on K Street on Thursday. (Courier photo / Renee Ocampo)")]
    [InlineData("Sen. Wade Pruett (R-Okla.) speaks on the Senate floor on Sept. 24, 2013. (Screenshot via SenateVision)")]
    [InlineData("Passengers board the 4 p.m. ferry to Eastport at the new Pier 9 terminal on Thursday. (Jamal Price / Harbor City Today)")]
    [InlineData("El consejero de Vivienda durante la presentación del decreto este martes. EMILIO NARANJO EFE")]
    [InlineData("Trekkers op het plein voor het provinciehuis in Zwolle ANP")]
    [InlineData("O relator do projeto, deputado Otávio Moreira (PSD-MG), durante sessão na Câmara Pedro Ladeira/Folhapress")]
    [InlineData("Wiadukt na ulicy Kolejowej jest zamknięty dla ciężarówek od 2011 roku. Fot. Anna Zielińska")]
    [InlineData("Matatus queue for passengers at the Ambassadeur stage in Nairobi. Owners say the new fines will push fares up. PHOTO | FILE")]
    [InlineData("Vecinos abrazados a los árboles durante la protesta de ayer. / Javier Cotera")]
    [InlineData("St. Brendan's Medical Center in Grafton will eliminate 140 positions over the next six months. / Sentinel file photo")]
    [InlineData("The Bao Down truck on Fremont Street, outside the zone the ordinance would allow. Rafael Quintero")]
    [InlineData("Gwenaëlle et Yannick Le Bihan ont repris la boulangerie fermée depuis septembre. | Courrier de l'Ouest-Atlantique")]
    [InlineData("La station Piges est fermée depuis 1985. © Belga")]
    [InlineData("Happy Halloween – Apple hat uns neue MacBooks vorgestellt (© 2018 Apple )")]
    [InlineData("Iranian President Hassan Rouhani addresses the UN General Assembly in New York. Picture: Getty")]
    [InlineData("Cars fill the main lot at Kestrel Valley General Hospital on Tuesday. — Colleen Marchand/Kestrel Valley Record")]
    public void A_line_ending_in_a_credit_is_a_caption(string line) => Assert.NotNull(CaptionDetector.TryRead(line));

    [Theory]
    [InlineData("And then the crowd rose to its feet. We will win. [APPLAUSE]")]
    [InlineData("The vote was delayed again. (The council meets next on Tuesday / March 9, 2012)")]
    [InlineData("Lumo Beam, $299, available March 19th [Lumo]")]
    [InlineData("The new rules take effect across the whole state on Sept. 1, 2014.")]
    [InlineData("Senate confirms Oklahoma attorney general to lead EPA")]
    [InlineData("Senate Confirms Oklahoma Attorney General To Lead EPA")]
    [InlineData("Clinic opens a walk-in center for New York AIDS/HIV")]
    [InlineData("The council voted 5-2 to approve the plan on Tuesday. Work begins in May")]
    [InlineData("Residents packed the back of the meeting room. Several said the branch is the only place in town with free internet access.")]
    [InlineData("The budget gap is the headline, but the real story is how long the city has known the payment was coming. Read More")]
    [InlineData("Live: Obama, Rouhani address the U.N. General Assembly")]
    [InlineData("Nobody in the council wanted to talk about the bigger picture: the city runs out of money in 2015.")]
    [InlineData("The fees rose again in January. — and the hospital says the lots still lose money/year")]
    [InlineData("Who owns the rights (©)")]
    public void A_sentence_before_brackets_or_a_date_after_on_is_no_caption(string line) => Assert.Null(CaptionDetector.TryRead(line));

    [Theory]
    [InlineData("Image copyrightGetty ImagesImage captionTurbine housings would sit in the wall", new[] { "Getty Images", "Turbine housings would sit in the wall" })]
    [InlineData("Image source, Getty Images", new[] { "Getty Images" })]
    [InlineData("Image caption, Turbine housings would sit in the wall", new[] { "Turbine housings would sit in the wall" })]
    [InlineData("Bildunterschrift: Am Busbahnhof soll ab Dezember auch die Linie 412 halten.", new[] { "Am Busbahnhof soll ab Dezember auch die Linie 412 halten." })]
    public void A_broadcasters_labelled_credit_and_caption_are_read_apart(string line, string[] captions) =>
        Assert.Equal(captions, CaptionDetector.TryRead(line));

    [Theory]
    [InlineData("The council voted 5-2 on Tuesday to approve the budget.")]
    [InlineData("Residents (about 40 of them) came to the meeting.")]
    [InlineData("El precio subió un 11%. / Fuente: Ministerio")]
    [InlineData("Fares rose by a third. NZ FIRST/Labour said the rise was unfair to commuters on the island.")]
    [InlineData("The levy passed by 40 votes (see the results).")]
    [InlineData("Turnout was the lowest since 2009. (Results are unofficial until Friday.)")]
    [InlineData("The team posted the results online. (See photo / video below)")]
    [InlineData("The board split on the question. (Mayor Pruett / the council majority disagreed)")]
    [InlineData("The mayor answered questions for an hour. (Video via the city's own stream)")]
    [InlineData("Unemployment rose to 5.1 percent in May (source: state labor department).")]
    [InlineData("The family gave the photo courtesy demanded: a credit line under every picture of the ship.")]
    public void Prose_is_no_caption(string line) => Assert.Null(CaptionDetector.TryRead(line));

    [Theory]
    [InlineData("Photo by Marcus Feld", true)]
    [InlineData("Credit: City of Denver", true)]
    [InlineData("Courtesy of the Denver Public Library", true)]
    [InlineData("Photo: Isabel Kwan, The Chronicle", true)]
    [InlineData("(Photo: Rachel Ostrander, Heartland Today)", true)]
    [InlineData("AP Photo/Ray Vollmer", true)]
    [InlineData("Jonathan Meaney/Getty Images", true)]
    [InlineData("Renata Solis / WKPR", true)]
    [InlineData("Dana Ruiz/NPR", true)]
    [InlineData("Jordan Pike/The Ledger", true)]
    [InlineData("Dana Kowalczyk/Ledger photo", true)]
    [InlineData("Before/after photo", false)]
    [InlineData("Smith/Jones wins 2024", false)]
    [InlineData("Lakeview Ledger file photo", true)]
    [InlineData("(Mark Tolland / Staff Photographer)", true)]
    [InlineData("We went through the file photo", false)]
    [InlineData("Yards/carries: 18/156", false)]
    [InlineData("Wins/losses / NFL", false)]
    [InlineData("Photo: Crews patch Colfax Avenue", false)]
    [InlineData("Photo: A city crew patches a pothole on East Colfax Avenue", false)]
    [InlineData("Photo by Marcus Feld of the crews who filled 21,000 potholes across the city this spring", false)]
    [InlineData("Photograph by: Dale Kroeker, The Prairie Herald", true)]
    [InlineData("Photo by Marcus Feld, The Valley Courier-Star staff", true)]
    [InlineData("Nathan Oyelaran for The New Yardley Times", true)]
    [InlineData("Sign up for The Tribune Daily", false)]
    [InlineData("Tom Castellanos / The Cedar Valley Times", true)]
    [InlineData("News / The Cedar Valley Times", false)]
    [InlineData("Rain at noon / The game was called off.", false)]
    [InlineData("Voters for The People's Party", false)]
    [InlineData("foto: christian lendl", true)]
    [InlineData("Foto: Jaime Moreno / EL HERALDO ANDINO", true)]
    [InlineData("foto: the night the lights went out", false)]
    [InlineData("Staff photo by Dennis Ruhl", true)]
    [InlineData("File photo by Marcus Feld", true)]
    [InlineData("Photo provided by Oxbow County Sheriff's Office", true)]
    [InlineData("Photo provided by the family, who asked that the boy's name not be used in the story", false)]
    public void A_credit_alone_on_its_line_is_told_apart(string line, bool creditOnly) => Assert.Equal(creditOnly, CaptionDetector.IsCreditOnly(line));

    [Theory]
    [InlineData("DPA", true)]
    [InlineData("Reuters", true)]
    [InlineData("Bundesnetzagentur", false)]
    [InlineData("Rex Features", true)]
    [InlineData("© dapd", true)]
    [InlineData("© 2012", false)]
    [InlineData("North News", true)]
    [InlineData("SWNS", true)]
    [InlineData("North Newton", false)]
    [InlineData("© Belga", true)]
    [InlineData("Keystone", true)]
    [InlineData("Lusa", true)]
    [InlineData("© Photo News", true)]
    [InlineData("Isopix", true)]
    [InlineData("Photo Newsroom", false)]
    public void An_agency_name_alone_is_a_credit(string line, bool agency) => Assert.Equal(agency, CaptionDetector.IsAgencyOnly(line));

    [Fact]
    public void A_tables_caption_as_lynx_labels_it_is_no_picture_caption() => Assert.Null(CaptionDetector.TryRead("CAPTION: Related Quotes"));

    [Theory]
    [InlineData("House Speaker John Boehner speaks to reporters at the Capitol on Friday.J. Scott Applewhite / AP", "House Speaker John Boehner speaks to reporters at the Capitol on Friday.", "J. Scott Applewhite / AP")]
    [InlineData("Ben Bernanke at a press conference earlier this year.AP", "Ben Bernanke at a press conference earlier this year.", "AP")]
    [InlineData("Smoke rises from the Westgate shopping centre in Nairobi September 23, 2013.REUTERS/Thomas Kiragu", "Smoke rises from the Westgate shopping centre in Nairobi September 23, 2013.", "REUTERS/Thomas Kiragu")]
    public void A_credit_glued_to_the_captions_full_stop_is_an_entry_of_its_own(string line, string caption, string credit) =>
        Assert.Equal([caption, credit], CaptionDetector.TryRead(line));

    [Theory]
    [InlineData("Außenminister Spindelegger am Dienstag in New York.foto: apa/hans punz", "Außenminister Spindelegger am Dienstag in New York.", "apa/hans punz")]
    [InlineData("La presidenta, durante su discurso en la Asamblea General.Foto: Télam", "La presidenta, durante su discurso en la Asamblea General.", "Télam")]
    [InlineData("Minister Timmermans dinsdag bij de Verenigde Naties in New York.Foto ANP", "Minister Timmermans dinsdag bij de Verenigde Naties in New York.", "ANP")]
    public void A_labelled_credit_glued_to_the_captions_full_stop_is_an_entry_without_its_label(string line, string caption, string credit) =>
        Assert.Equal([caption, credit], CaptionDetector.TryRead(line));

    [Fact]
    public void A_copyright_credit_glued_to_the_captions_last_word_is_an_entry_of_its_own() =>
        Assert.Equal(["Russian Foreign Minister Sergei Lavrov at a news conference in New York", "© NEVA. Dmitry Orlov"],
            CaptionDetector.TryRead("Russian Foreign Minister Sergei Lavrov at a news conference in New York© NEVA. Dmitry Orlov"));

    [Fact]
    public void An_abbreviations_stop_before_a_capital_splits_no_caption() =>
        Assert.Equal(["Iranian President Hassan Rouhani at the U.N.General Assembly on Tuesday. (Seth Wenig/AP)"],
            CaptionDetector.TryRead("Iranian President Hassan Rouhani at the U.N.General Assembly on Tuesday. (Seth Wenig/AP)"));

    [Theory]
    [InlineData("Kevin Marlowe, Emmy Awards 2013Gregg Tanaka/Getty Images", "Kevin Marlowe, Emmy Awards 2013", "Gregg Tanaka/Getty Images")]
    [InlineData("Celia Vance arrives at the Governors Ball on SundayFrederick M. Brown/Getty Images", "Celia Vance arrives at the Governors Ball on Sunday", "Frederick M. Brown/Getty Images")]
    public void A_slash_credit_glued_to_the_captions_last_digit_or_word_is_an_entry_of_its_own(string line, string caption, string credit) =>
        Assert.Equal([caption, credit], CaptionDetector.TryRead(line));

    [Theory]
    [InlineData("Hosts Ronald McDonald/Getty Images")]
    [InlineData("Kevin Marlowe at the Emmy Awards with Dana MacKenzie/Getty Images")]
    public void A_names_own_inner_capital_splits_no_caption(string line) =>
        Assert.Single(CaptionDetector.TryRead(line) ?? [line]);

    [Theory]
    [InlineData("Fotografia: Rui Gaudêncio", true)]
    [InlineData("Fotografía: Ana Ruiz", true)]
    [InlineData("Fotografia é a arte de escrever com a luz, disse o fotógrafo na inauguração.", false)]
    public void A_spelled_out_photograph_label_opens_a_credit(string line, bool credit) =>
        Assert.Equal(credit, CaptionDetector.IsCreditOnly(line));

    [Theory]
    [InlineData("Cover image by Marta Quill", true)]
    [InlineData("Header image by Ines Varga", true)]
    [InlineData("The cover image by the studio won an award last year.", false)]
    public void A_credit_named_for_the_picture_over_the_post_is_one(string line, bool credit) => Assert.Equal(credit, CaptionDetector.IsCreditOnly(line));

    [Fact]
    public void A_cover_image_credit_closing_a_post_is_its_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Three studio websites we kept coming back to</title></head><body>
            <h1>Three studio websites we kept coming back to</h1>
            <div class="post-body"><p>Every relaunch gives a studio something new to say, and a reason for others to talk about it again this spring.</p>
            <p>We looked at three small studios that rebuilt their sites this month and liked what each of them changed about the way it shows its work.</p>
            <p><em>Cover image by <a href="https://studio.example/">Marta Quill</a></em></p></div></body></html>
            """), "post.html");

        Assert.Equal(["Cover image by Marta Quill"], page.Captions);
        Assert.Equal("We looked at three small studios that rebuilt their sites this month and liked what each of them changed about the way it shows its work.", page.BodyParagraphs[^1]);
    }
}
