req.kind IS NULL AND req.from IS NULL AND req.to IS NULL AND req.text IS NULL AND req.article IS NULL
      AND req.event IS NULL AND req.mentions IS NULL AND req.claim IS NULL AND req.topic IS NULL AND req.stance IS NULL
