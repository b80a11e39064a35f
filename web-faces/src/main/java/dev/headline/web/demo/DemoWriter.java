package dev.headline.web.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the demo site's stories: plausible, clearly fictional news copy assembled from the
 * project's own phrase lists, so that a fresh install has articles of every length to read, search
 * and page through. Deterministic for a given seed.
 */
final class DemoWriter {

  /** A story as the demo seeder stores it. */
  record Story(String desk, String title, String standfirst, String bodyHtml, List<String> tags) {}

  /** A newsroom desk: the words its stories are made of. */
  private record Desk(
      String name, String[] subjects, String[] actors, String[] actions, String[] places) {}

  private static final Desk[] DESKS = {
    new Desk(
        "world-news",
        new String[] {
          "border talks",
          "a regional summit",
          "the ceasefire plan",
          "trade corridors",
          "refugee support",
          "the river treaty"
        },
        new String[] {
          "foreign ministers",
          "coastal provinces",
          "a coalition of neighbours",
          "aid agencies",
          "envoys"
        },
        new String[] {
          "agree on a timetable for",
          "pause negotiations over",
          "call for a review of",
          "pledge new funding for",
          "open a fresh round on"
        },
        new String[] {"Lisbon", "Nairobi", "Hanoi", "Montevideo", "Tbilisi", "Auckland"}),
    new Desk(
        "politics",
        new String[] {
          "the budget bill",
          "electoral reform",
          "a new housing law",
          "the transport levy",
          "party funding rules"
        },
        new String[] {
          "opposition leaders",
          "the finance committee",
          "backbench members",
          "regional governors",
          "the upper house"
        },
        new String[] {
          "push back against", "win support for", "amend", "delay a vote on", "publish a report on"
        },
        new String[] {
          "the capital", "the northern districts", "parliament", "city hall", "the provinces"
        }),
    new Desk(
        "business-finance",
        new String[] {
          "interest rates",
          "quarterly earnings",
          "a merger of regional banks",
          "small-business lending",
          "energy prices",
          "the bond market"
        },
        new String[] {
          "investors",
          "the central bank",
          "retailers",
          "shipping firms",
          "analysts",
          "pension funds"
        },
        new String[] {
          "brace for changes in",
          "report a rise in",
          "grow cautious about",
          "bet on a recovery in",
          "question the outlook for"
        },
        new String[] {"Frankfurt", "Singapore", "São Paulo", "Toronto", "Johannesburg"}),
    new Desk(
        "science-environment",
        new String[] {
          "a new deep-sea survey",
          "glacier retreat",
          "a satellite launch",
          "wetland restoration",
          "coral spawning",
          "solar storms"
        },
        new String[] {
          "researchers",
          "field ecologists",
          "an international team",
          "volunteer observers",
          "the space agency"
        },
        new String[] {
          "publish early results on",
          "map the effects of",
          "raise the alarm over",
          "find surprising patterns in",
          "extend their study of"
        },
        new String[] {
          "the Arctic", "the Andes", "the Great Barrier Reef", "Patagonia", "the Baltic"
        }),
    new Desk(
        "health-news",
        new String[] {
          "hospital waiting times",
          "a vaccine trial",
          "sleep and memory",
          "childhood nutrition",
          "mental health services"
        },
        new String[] {
          "doctors",
          "nurses' unions",
          "public health officials",
          "a university clinic",
          "patients' groups"
        },
        new String[] {
          "welcome new data on",
          "warn about gaps in",
          "test a new approach to",
          "call for more funding for",
          "review guidance on"
        },
        new String[] {
          "rural clinics", "city hospitals", "community centres", "schools", "care homes"
        }),
    new Desk(
        "sports",
        new String[] {
          "the title race",
          "a record transfer",
          "the marathon season",
          "a late equaliser",
          "the new stadium",
          "the final round"
        },
        new String[] {
          "the home side", "fans", "the coach", "young players", "the league's organisers"
        },
        new String[] {
          "celebrate", "rethink their plans for", "look ahead to", "recover from", "dominate"
        },
        new String[] {
          "the derby",
          "the semi-final",
          "the opening weekend",
          "the away leg",
          "the training ground"
        }),
    new Desk(
        "entertainment",
        new String[] {
          "a festival line-up",
          "a streaming hit",
          "an orchestra's tour",
          "a first novel",
          "the film awards"
        },
        new String[] {
          "critics", "audiences", "independent studios", "the festival jury", "young directors"
        },
        new String[] {"warm to", "debate", "line up behind", "rediscover", "queue for"},
        new String[] {
          "the old theatre", "the riverside stage", "cinemas", "the opera house", "summer venues"
        }),
    new Desk(
        "crime-justice",
        new String[] {
          "a fraud trial", "online scams", "sentencing reform", "a cold case", "a data breach"
        },
        new String[] {
          "prosecutors", "the appeals court", "detectives", "defence lawyers", "a watchdog"
        },
        new String[] {
          "reopen", "hear evidence in", "issue a warning about", "close", "question the handling of"
        },
        new String[] {
          "the high court", "the city", "the port district", "the county", "three regions"
        }),
    new Desk(
        "education",
        new String[] {
          "university fees",
          "a reading programme",
          "teacher shortages",
          "online courses",
          "new scholarships"
        },
        new String[] {
          "head teachers", "students", "education ministers", "parents", "universities"
        },
        new String[] {"welcome", "campaign against", "pilot", "expand", "rethink"},
        new String[] {
          "secondary schools", "campuses", "rural districts", "the capital", "vocational colleges"
        }),
    new Desk(
        "lifestyle",
        new String[] {
          "slow travel", "street food", "small apartments", "weekend markets", "family routines"
        },
        new String[] {"travellers", "home cooks", "designers", "young families", "local guides"},
        new String[] {"fall for", "reinvent", "share tips on", "seek out", "make the most of"},
        new String[] {
          "coastal towns",
          "the old quarter",
          "mountain villages",
          "the city's markets",
          "island ferries"
        }),
    new Desk(
        "technology-startups",
        new String[] {
          "open-source tools",
          "a battery start-up",
          "AI regulation",
          "password-free logins",
          "satellite internet",
          "repairable phones"
        },
        new String[] {
          "founders", "engineers", "venture investors", "regulators", "privacy advocates"
        },
        new String[] {
          "bet big on",
          "raise concerns about",
          "ship a new version of",
          "rally around",
          "slow the rollout of"
        },
        new String[] {"Tallinn", "Bangalore", "Lagos", "Berlin", "Austin", "Seoul"}),
  };

  private static final String[] OPENERS = {
    "%s %s %s, in a week that has tested patience in %s.",
    "In %4$s, %1$s %2$s %3$s, a move few had expected a month ago.",
    "%s %s %s after months of quiet preparation in %s.",
    "Few topics divide opinion in %4$s like %3$s, and this week %1$s %2$s it.",
  };

  private static final String[] MIDDLES = {
    "Those who follow %s closely say the details matter more than the headlines.",
    "The first figures suggest a modest change, but the trend has held for three quarters.",
    "Critics argue that %s deserves a longer debate, and that the timetable is too tight.",
    "Supporters point to similar efforts elsewhere that took years to show results.",
    "Officials promised to publish the full data before the end of the month.",
    "For many people in %s, the change will be felt first in everyday costs.",
    "A spokesperson declined to give a date, saying only that work was under way.",
    "Independent experts were cautious, noting that earlier forecasts proved too optimistic.",
    "The discussion has moved from whether to act to how quickly.",
    "Local reporters counted dozens of meetings on %s since the spring.",
    "Several smaller groups have asked to be heard before any final decision.",
    "The numbers are still provisional and may be revised as more reports arrive.",
  };

  private static final String[] HEADINGS = {
    "What happens next", "The numbers behind it", "Why it matters", "A long road",
    "Voices from the ground", "What critics say", "The wider picture", "Looking ahead",
  };

  private static final String[] CLOSERS = {
    "A further update is expected within weeks.",
    "Whatever the outcome, %s will remain on the agenda for some time.",
    "For now, the people most affected are waiting to see what changes in practice.",
  };

  private final Random random;

  DemoWriter(long seed) {
    this.random = new Random(seed);
  }

  /** The next story, between 200 and 2,500 words long. */
  Story next() {
    Desk desk = pick(DESKS);
    String subject = pick(desk.subjects());
    String actor = pick(desk.actors());
    String action = pick(desk.actions());
    String place = pick(desk.places());
    String title =
        capitalise(actor)
            + " "
            + action
            + " "
            + subject
            + (random.nextBoolean() ? " in " + place : "");
    String standfirst =
        "A fictional report written for Headline's demo site: "
            + actor
            + " and "
            + subject
            + ", seen from "
            + place
            + ".";
    int targetWords = 200 + (int) Math.round(Math.pow(random.nextDouble(), 2) * 2300);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(p(capitalise(String.format(pick(OPENERS), actor, action, subject, place))));
    int words = countWords(paragraphs.get(0));
    int sinceHeading = 0;
    while (words < targetWords) {
      if (sinceHeading >= 4 && random.nextInt(3) == 0) {
        paragraphs.add("<h2>" + pick(HEADINGS) + "</h2>");
        sinceHeading = 0;
      }
      StringBuilder paragraph = new StringBuilder();
      int sentences = 2 + random.nextInt(4);
      for (int i = 0; i < sentences; i++) {
        String middle = pick(MIDDLES);
        paragraph
            .append(i == 0 ? "" : " ")
            .append(String.format(middle, random.nextBoolean() ? subject : place));
      }
      paragraphs.add(p(paragraph.toString()));
      words += countWords(paragraph.toString());
      sinceHeading++;
    }
    paragraphs.add(p(String.format(pick(CLOSERS), subject)));
    List<String> tags =
        List.of(
            place.replace("the ", ""), capitalise(subject.replace("a ", "").replace("the ", "")));
    return new Story(desk.name(), title, standfirst, String.join("\n", paragraphs), tags);
  }

  private static String p(String text) {
    return "<p>" + text + "</p>";
  }

  private static int countWords(String text) {
    return text.split("\\s+").length;
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }
}
