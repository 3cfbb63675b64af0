// rules/arbitration.cpp, check_queue: a request of queue.yaml done before it entered the queue.
// arbitrations/queue.yaml of the minimal dossier: 1 rule 2 performer 3 requests: 4 id 5 client
// 6 entered (2025-03-01) 7 requested_by 8 effort_days.
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::MiniDossier;

TEST_CASE("deadline-order: a queue request done before it entered") {
  const auto d = MiniDossier().replace("arbitrations/queue.yaml", "    effort_days: 2\n",
                                       "    effort_days: 2\n    done: 2025-02-28\n");
  CHECK(d.check() ==
        "arbitrations/queue.yaml:9:11: error: request 'r-1' is done on 2025-02-28, before it entered the queue on "
        "2025-03-01 [deadline-order]\n");
}

TEST_CASE("deadline-order: not raised for a request done the day it entered, or later") {
  const auto same_day = MiniDossier().replace("arbitrations/queue.yaml", "    effort_days: 2\n",
                                              "    effort_days: 2\n    done: 2025-03-01\n");
  CHECK(same_day.check() == "");
  const auto later = MiniDossier().replace("arbitrations/queue.yaml", "    effort_days: 2\n",
                                           "    effort_days: 2\n    done: 2025-03-20\n");
  CHECK(later.check() == "");
}
