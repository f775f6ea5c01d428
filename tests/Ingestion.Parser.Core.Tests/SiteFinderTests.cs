using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteFinderTests
{
    [Fact]
    public void A_logo_pictures_alt_text_names_the_site_without_the_word_logo()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            The Carrow County Sentinel logo

              • Local
              • Sports

            County approves new jail budget

            By Dana Whitcomb

            The county board approved a $4 million budget for the jail on Monday, ending months of debate over staffing levels.

            Commissioners said the money would pay for twelve new officers and a long-delayed repair of the kitchen.
            """), "page.txt");

        Assert.Equal("The Carrow County Sentinel", page.Site);
    }

    [Theory]
    [InlineData("Canalblog Créer un blog | Blog suivant »")]
    [InlineData("Search This Blog | Flag Blog | Next Blog» | Create Blog | Sign In")]
    public void A_blog_hosts_bar_over_the_blogs_masthead_names_the_host_not_the_blog(string bar)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            {bar}

            Chroniques de Saint-Aubin

            La vie d'un village de l'Eure, vue par une habitante un peu curieuse

            mardi 12 mars 2013

            Conseil municipal du 11 mars : la cantine bio, enfin ?

            Hier soir, salle des fêtes comble pour le dernier conseil municipal avant le vote du budget, une quarantaine de personnes dans le public.

            Le point qui nous intéressait tous : le passage de la cantine de l'école à 50 % de produits bio et locaux à la rentrée.

            Publié par lucie-en-campagne à 15:10 - Conseil municipal - Permalien [#]
            """), "page.txt");

        Assert.Equal("Chroniques de Saint-Aubin", page.Site);
    }

    [Fact]
    public void A_host_name_in_lower_case_alone_over_the_menu_is_the_site_over_a_copyright_company()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
               Edición: España | Madrid | Registro | Entrar

                                              laprensadelsur.es

                 * España
                 * Economía
                 * Deportes

            Huelga de limpieza en el metro de Málaga

               Ana Gil | Málaga

               Actualizado martes 12/03/2013 14:05 horas

               Los trabajadores de la limpieza del metro de Málaga iniciaron este martes una huelga indefinida por el retraso en el pago de sus nóminas.

               La empresa concesionaria asegura que abonará los salarios pendientes antes de fin de mes y pide a la plantilla que vuelva al trabajo.

               © Prensa del Sur Ediciones S.A. | Aviso legal | Contacto
            """), "page.txt");

        Assert.Equal("laprensadelsur.es", page.Site);
    }

    [Fact]
    public void A_dotted_legal_form_is_no_part_of_the_copyright_holder()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Huelga de limpieza en el metro de Málaga

            Actualizado martes 12/03/2013 14:05 horas

            Los trabajadores de la limpieza del metro de Málaga iniciaron este martes una huelga indefinida por el retraso en el pago de sus nóminas.

            La empresa concesionaria asegura que abonará los salarios pendientes antes de fin de mes y pide a la plantilla que vuelva al trabajo.

            © Prensa del Sur Ediciones S.A. | Aviso legal | Contacto
            """), "page.txt");

        Assert.Equal("Prensa del Sur Ediciones", page.Site);
    }

    [Fact]
    public void A_german_papers_publishing_company_and_legal_form_are_no_part_of_the_copyright_holder()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Kreisel an der Bockelsberg-Kreuzung wird teurer

            Mittwoch, 13.03.2013, 14:05 Uhr

            Der Umbau der Bockelsberg-Kreuzung zu einem Kreisverkehr wird deutlich teurer als geplant, wie die Stadt am Mittwoch mitteilte.

            Statt 1,2 Millionen Euro rechnet die Verwaltung jetzt mit rund 1,58 Millionen Euro für den gesamten Umbau.

            © 2013 Elbmarsch-Zeitung Verlagsgesellschaft mbH
            """), "page.txt");

        Assert.Equal("Elbmarsch-Zeitung", page.Site);
    }

    [Theory]
    [InlineData("msnbn", "© 2013 msnbn.com", "msnbn")]
    [InlineData("Ballantine", "©2013 BALLANTINE L.P. ALL RIGHTS RESERVED.", "Ballantine")]
    [InlineData("THE SUMMIT", "The contents of this site are ©2013 Capitol Summit Publishing Corp.", "THE SUMMIT")]
    public void A_wordmark_over_the_menu_is_the_site_over_later_menu_items_and_section_names(string logo, string copyright, string site)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            {logo}
            Home
            TV Schedule
            Personal Finance

            Global Affairs

            Senators warn Kerry against a weak Syria resolution

            By Nathan Wexler

            Senate Republicans warned Secretary of State John Kerry on Tuesday against agreeing to a resolution without teeth.

            Democrats largely backed the administration's approach and said diplomacy needed more time.

            {copyright}
            """), "page.txt");

        Assert.Equal(site, page.Site);
    }

    [Theory]
    [InlineData("© 2013 Capitol Beacon Media LLC", true)]
    [InlineData("© 2013 Riverside Holdings LLC", false)]
    public void A_capitals_masthead_under_the_menu_is_the_site_when_the_copyright_company_drops_its_article(string copyright, bool isSite)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            Home | Congress | White House | Campaigns | Policy | Video
            THE CAPITOL BEACON

            House conservatives weigh one-year delay of health law in shutdown fight

            By Travis Holloway and Miriam Oakes
            09/24/13 07:05 PM EDT

            House conservatives on Tuesday began circulating a plan to fund the government through mid-December in exchange for a delay.

            The proposal would also repeal the law's tax on medical devices and bar members of Congress from receiving contributions.

            {copyright}
            """), "page.txt");

        if (isSite)
        {
            Assert.Equal("THE CAPITOL BEACON", page.Site);
        }
        else
        {
            Assert.NotEqual("THE CAPITOL BEACON", page.Site);
        }
    }

    [Theory]
    [InlineData("Login using your social network")]
    [InlineData("Buscar en todo el sitio")]
    [InlineData("Add Carrow Sentinel on Google")]
    [InlineData("Sections Search Skip to content")]
    [InlineData("Discover Carrow Holdings")]
    [InlineData("Mein Sentinel")]
    [InlineData("More info OK")]
    [InlineData("Carrow Media Account")]
    [InlineData("Not a member? Sign up")]
    [InlineData("Directory of sitesLoginContactSupport")]
    [InlineData("Back to blog")]
    [InlineData("Zurück zur Startseite")]
    [InlineData("See next articles")]
    [InlineData("Toggle navigation [carrow-logo]")]
    [InlineData("Site Search Navigation")]
    [InlineData("Anzeige: Cloud Partner Werkstatt")]
    [InlineData("Today’s Paper")]
    public void A_sign_in_prompt_a_search_placeholder_or_a_row_of_buttons_over_the_masthead_names_no_site(string prompt)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            {prompt}

            The Carrow Sentinel

            County approves new jail budget

            By Dana Whitcomb

            The county board approved a $4 million budget for the jail on Monday, ending months of debate over staffing levels.

            Commissioners said the money would pay for twelve new officers and a long-delayed repair of the kitchen.
            """), "page.txt");

        Assert.Equal("The Carrow Sentinel", page.Site);
    }

    [Theory]
    [InlineData("Dana Whitcomb", "Carrow Sentinel")]
    [InlineData("Carrow Sentinel", "Carrow Sentinel")]
    public void A_columnists_name_over_the_headline_that_the_byline_repeats_is_no_masthead(string overHeadline, string site)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            Opinion

            {overHeadline}

            County approves new jail budget

            by: Dana Whitcomb

            The county board approved a $4 million budget for the jail on Monday, ending months of debate over staffing levels.

            Commissioners said the money would pay for twelve new officers and a long-delayed repair of the kitchen.

            © 2015 Carrow Sentinel. All rights reserved.
            """), "page.txt");

        Assert.Equal(site, page.Site);
        Assert.Equal(["Dana Whitcomb"], page.Authors);
    }

    [Theory]
    [InlineData("Sentinel Logo", "Sentinel")]
    [InlineData("Sentinel", null)]
    public void A_logos_alt_text_names_a_one_word_site(string logo, string? site)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            {logo}

            County approves new jail budget

            By Dana Whitcomb

            The county board approved a $4 million budget for the jail on Monday, ending months of debate over staffing levels.

            Commissioners said the money would pay for twelve new officers and a long-delayed repair of the kitchen.
            """), "page.txt");

        Assert.Equal(site, page.Site);
    }

    [Theory]
    [InlineData("Copyright © 2016 Free Blog Templates | Distributed By Quill Themes. All rights reserved.", null)]
    [InlineData("Copyright © 2016 Maple Kitchen Notes | Impressum. All rights reserved.", "Maple Kitchen Notes")]
    public void A_blog_themes_notice_in_the_footer_names_the_themes_maker_not_the_blog(string footer, string? site)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            Almond biscuits for a grey Sunday

            Posted on May 3, 2017

            The recipe comes from my grandmother, who baked these every winter and never wrote down how long they stayed in the oven.

            You need ground almonds, two egg whites and a lemon, and about an hour of patience while the dough rests in the cold.

            {footer}
            """), "page.txt");

        Assert.Equal(site, page.Site);
    }

    [Fact]
    public void A_french_link_to_all_the_papers_stories_of_a_kind_names_no_site()
    {
        var page = FrenchStormPage.Parse();

        // The logo's line holds its tagline, and no copyright line names the paper: the page names no site.
        Assert.Null(page.Site);
    }

    /// <summary>A trust's story under the header lines and over the footer given, as a text browser prints them.</summary>
    private static ParsedPage LighthousePage(string header, string footer = "") => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        {header}

        Lighthouse keepers' cottages open to visitors for the first time

           July 26th, 2020

           The three cottages beside the old lighthouse on the north headland opened to visitors on Saturday after a restoration that took four years.

           The trust that owns them said it had used the original plans to rebuild the chimneys and the slate roofs.

           Tickets for the summer are sold out, but the trust will open the cottages again for two weekends in October.

           {footer}
        """), "page.txt");

    [Fact]
    public void A_menu_link_whose_words_the_copyright_line_glues_into_a_longer_word_is_not_named_there()
    {
        var page = LighthousePage("Web Hosting\nHarbour Lights", footer: "© 2007-2020 Harbour Lights. Proudly hosted by WebHostingBuzz. Powered by MaxCDN.");

        // "WebHostingBuzz" names the host; "HarbourLights.com" would have named "Harbour Lights".
        Assert.Equal("Harbour Lights", page.Site);
    }

    [Theory]
    [InlineData("Trending: Ferries Budget Harbour")]
    [InlineData("Edition: U.S. U.K. Canada")]
    // The header's link to the site in another language, named in that language.
    [InlineData("EN ESPANOL")]
    [InlineData("Français")]
    public void A_row_of_links_under_a_one_word_label_or_a_language_link_names_no_site(string row) =>
        Assert.Equal("Harbour Lights", LighthousePage($"   Search\n   {row}\n\nHarbour Lights").Site);
}
